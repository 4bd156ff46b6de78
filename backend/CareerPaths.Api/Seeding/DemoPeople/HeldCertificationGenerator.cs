using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// Certifications a person holds: most have one from each group their role requires, fewer the recommended ones.
/// Earned dates spread over the past years, so some have expired by the reference date, and some of those were renewed.
/// </summary>
internal static class HeldCertificationGenerator
{
    public static IReadOnlyList<HeldCertificationSeed> Generate(CatalogueIndex index, RoleSeed role, DateOnly roleSince,
        DateOnly referenceDate, SplitMix64 random)
    {
        var held = new List<HeldCertificationSeed>();
        foreach (var group in role.Certifications)
        {
            if (!random.Percent(group.Required ? 75 : 30))
            {
                continue;
            }
            var code = random.Pick(group.AnyOf);
            if (held.Any(certification => certification.Certification == code))
            {
                continue;
            }
            var validity = index.Certifications[code].ValidityYears;
            var earned = Earned(random, roleSince, referenceDate, validity);
            var expires = validity is { } years ? earned.AddYears(years) : (DateOnly?)null;
            held.Add(new HeldCertificationSeed(code, earned, expires));
            if (expires < referenceDate && random.Percent(35))
            {
                // Renewed shortly before (or after) it lapsed.
                var renewed = expires.Value.AddDays(random.NextInt(-60, 30));
                if (renewed < referenceDate && renewed > earned)
                {
                    held.Add(new HeldCertificationSeed(code, renewed, renewed.AddYears(validity!.Value)));
                }
            }
        }
        return held;
    }

    /// <summary>
    /// Three in four earned it recently enough for it to be valid still; the others at any time since a few years
    /// before they took the role, which is where the expired certificates come from.
    /// </summary>
    private static DateOnly Earned(SplitMix64 random, DateOnly roleSince, DateOnly referenceDate, int? validityYears)
    {
        var latest = referenceDate.AddDays(-30);
        var earliest = random.Percent(75) && validityYears is { } years
            ? referenceDate.AddYears(-years).AddDays(1)
            : roleSince.AddYears(-4);
        earliest = earliest < latest ? earliest : latest;
        return earliest.AddDays(random.NextInt(latest.DayNumber - earliest.DayNumber + 1));
    }
}
