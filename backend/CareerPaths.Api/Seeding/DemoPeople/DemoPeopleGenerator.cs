using System.Globalization;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// Generates plausible demo employees from the catalogue: a reporting hierarchy per org unit, roles that fit their
/// unit and seniority, skills near their role's requirements, certifications (some expired), and goals along the
/// curated career transitions. Deterministic: the same catalogue and settings give the same people, byte for byte.
/// </summary>
public static class DemoPeopleGenerator
{
    private const string EmailDomain = "careerpaths.example";

    /// <summary>The people, in order (every manager before their reports), produced one at a time so that a
    /// hundred thousand of them can be streamed to a file without being held in memory.</summary>
    public static IEnumerable<PersonSeed> Generate(SeedCatalogue catalogue, DemoPeopleSettings settings)
    {
        if (catalogue.OrgUnits.Count == 0 || catalogue.Roles.Count == 0)
        {
            throw new InvalidOperationException("Demo people need a catalogue with org units and roles.");
        }
        return GeneratePeople(catalogue, settings);
    }

    private static IEnumerable<PersonSeed> GeneratePeople(SeedCatalogue catalogue, DemoPeopleSettings settings)
    {
        var index = new CatalogueIndex(catalogue);
        var placement = new RolePlacement(catalogue);
        var placementRandom = SplitMix64.ForStream(settings.Seed, 0);
        var emails = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var position in OrgChartPlanner.Plan(catalogue.OrgUnits, settings.Count))
        {
            var role = placement.Choose(position, placementRandom);
            // Each person draws from a stream of their own, so one person's details never shift another's.
            var random = SplitMix64.ForStream(settings.Seed, (ulong)position.Index + 1);
            yield return CreatePerson(index, position, role, settings.ReferenceDate, emails, random);
        }
    }

    public static string EmployeeNumber(int index) => string.Create(CultureInfo.InvariantCulture, $"E{index + 1:D6}");

    private static PersonSeed CreatePerson(CatalogueIndex index, Position position, RoleSeed role, DateOnly referenceDate,
        Dictionary<string, int> emails, SplitMix64 random)
    {
        var given = random.Pick(DemoNames.Given);
        var family = random.Pick(DemoNames.Family);
        // Heads of units have usually held their role longer.
        var yearsInRole = position.Level == PositionLevel.Staff ? random.NextInt(90, 6 * 365) : random.NextInt(365, 9 * 365);
        var roleSince = referenceDate.AddDays(-yearsInRole);
        var goals = CareerGoalPicker.Pick(index, role, random);
        var certifications = HeldCertificationGenerator.Generate(index, role, roleSince, referenceDate, random);
        var draft = new PersonDraft(role, position.ManagerIndex is not null, goals, certifications, referenceDate);
        return new PersonSeed(
            EmployeeNumber(position.Index),
            $"{given} {family}",
            UniqueEmail(given, family, emails),
            RandomUuid(random),
            position.Unit.Code,
            position.ManagerIndex is { } manager ? EmployeeNumber(manager) : null,
            role.Code,
            roleSince,
            SkillEvidenceGenerator.Generate(index, draft, random),
            certifications,
            goals);
    }

    /// <summary>
    /// given.family@…, then given.family2@… for the second person of that name, and so on. Names have no digits,
    /// so a numbered address never collides with another name's.
    /// </summary>
    private static string UniqueEmail(string given, string family, Dictionary<string, int> peopleByName)
    {
        var local = $"{given}.{family}".ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        var number = peopleByName[local] = peopleByName.GetValueOrDefault(local) + 1;
        return number == 1 ? $"{local}@{EmailDomain}" : string.Create(CultureInfo.InvariantCulture, $"{local}{number}@{EmailDomain}");
    }

    /// <summary>A random (version 4) UUID from the person's own stream.</summary>
    private static Guid RandomUuid(SplitMix64 random)
    {
        var high = random.NextUInt64();
        var low = random.NextUInt64();
        high = (high & ~0xF000UL) | 0x4000UL;                           // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;      // RFC 4122 variant
        return Guid.Parse(string.Create(CultureInfo.InvariantCulture,
            $"{high >> 32:x8}-{(high >> 16) & 0xFFFF:x4}-{high & 0xFFFF:x4}-{low >> 48:x4}-{low & 0xFFFFFFFFFFFFUL:x12}"));
    }
}
