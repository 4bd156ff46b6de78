using CareerPaths.Api.Data;
using CareerPaths.Matching.Catalogue;
using RoleFamily = CareerPaths.Api.Data.Roles.RoleFamily;
using RoleVersionStatus = CareerPaths.Api.Data.Roles.RoleVersionStatus;
using Microsoft.EntityFrameworkCore;
using MatchingRoleTier = CareerPaths.Matching.Catalogue.RoleTier;

namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>
/// Reads the published catalogue into the matcher's records: ten queries, one per table (certification groups
/// carry their options in the same statement), however many roles, offerings and rules there are.
/// </summary>
internal static class CatalogueLoader
{
    public static async Task<LoadedCatalogue> LoadAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.RoleProfileVersions.AsNoTracking()
            .Where(version => version.Status == RoleVersionStatus.Published)
            .Select(version => new { version.Id, version.RoleProfileId, version.Family, version.Tier })
            .ToListAsync(cancellationToken);
        var requirements = (await db.RoleRequirements.AsNoTracking()
            .Where(requirement => requirement.RoleProfileVersion.Status == RoleVersionStatus.Published)
            .OrderBy(requirement => requirement.Id)
            .Select(requirement => new { requirement.RoleProfileVersionId, requirement.SkillId, requirement.RequiredLevel, requirement.Importance, requirement.IsEssential })
            .ToListAsync(cancellationToken))
            .ToLookup(requirement => requirement.RoleProfileVersionId,
                requirement => new RoleRequirement(requirement.SkillId, requirement.RequiredLevel, requirement.Importance, requirement.IsEssential));
        var groups = (await db.CertificationRequirementGroups.AsNoTracking()
            .Where(group => group.RoleProfileVersion.Status == RoleVersionStatus.Published)
            .OrderBy(group => group.RoleProfileVersionId).ThenBy(group => group.Position)
            .Select(group => new
            {
                group.RoleProfileVersionId,
                group.IsRequired,
                AnyOf = group.Options.OrderBy(option => option.CertificationId).Select(option => option.CertificationId).ToList(),
            })
            .ToListAsync(cancellationToken))
            .ToLookup(group => group.RoleProfileVersionId, group => new CertificationRequirement(group.AnyOf, group.IsRequired));
        var roles = versions
            .Select(version => new RoleProfile(
                version.RoleProfileId, FamilyName(version.Family), Tier(version.Tier),
                [.. requirements[version.Id]], [.. groups[version.Id]]))
            .ToList();

        var certifications = await CertificationsAsync(db, cancellationToken);
        var offerings = await OfferingsAsync(db, cancellationToken);
        var transitions = await db.CareerTransitions.AsNoTracking()
            .OrderBy(transition => transition.Id)
            .Select(transition => new CareerTransition(transition.FromRoleId, transition.ToRoleId, (double)transition.TypicalYears))
            .ToListAsync(cancellationToken);
        var rules = (await db.SegregationOfDutiesRules.AsNoTracking()
            .OrderBy(rule => rule.Id)
            .Select(rule => new { rule.Id, rule.FirstRoleId, rule.FirstFamily, rule.SecondRoleId, rule.SecondFamily, rule.Reason })
            .ToListAsync(cancellationToken))
            .Select(rule => new SegregationOfDutiesRule(
                rule.Id, Side(rule.FirstRoleId, rule.FirstFamily), Side(rule.SecondRoleId, rule.SecondFamily), rule.Reason))
            .ToList();

        return new LoadedCatalogue(new CatalogueData(roles, certifications, offerings.Offerings, transitions, rules), offerings.Currencies);
    }

    private static async Task<List<Certification>> CertificationsAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var evidences = (await db.CertificationEvidencedSkills.AsNoTracking()
            .OrderBy(evidence => evidence.CertificationId).ThenBy(evidence => evidence.SkillId)
            .Select(evidence => new { evidence.CertificationId, evidence.SkillId, evidence.Level })
            .ToListAsync(cancellationToken))
            .ToLookup(evidence => evidence.CertificationId, evidence => new SkillLevel(evidence.SkillId, evidence.Level));
        return (await db.Certifications.AsNoTracking()
            .OrderBy(certification => certification.Id)
            .Select(certification => new { certification.Id, certification.ValidityYears, certification.PreparationHours })
            .ToListAsync(cancellationToken))
            .Select(certification => new Certification(
                certification.Id, [.. evidences[certification.Id]], certification.ValidityYears, certification.PreparationHours))
            .ToList();
    }

    private static async Task<(List<LearningOffering> Offerings, IReadOnlyList<string> Currencies)> OfferingsAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var raises = (await db.LearningOfferingSkills.AsNoTracking()
            .OrderBy(covered => covered.LearningOfferingId).ThenBy(covered => covered.SkillId)
            .Select(covered => new { covered.LearningOfferingId, covered.SkillId, covered.ToLevel })
            .ToListAsync(cancellationToken))
            .ToLookup(covered => covered.LearningOfferingId, covered => new SkillLevel(covered.SkillId, covered.ToLevel));
        var sessions = (await db.LearningSessions.AsNoTracking()
            .OrderBy(session => session.LearningOfferingId).ThenBy(session => session.Id)
            .Select(session => new { session.LearningOfferingId, session.Id, session.StartsOn, session.EndsOn })
            .ToListAsync(cancellationToken))
            .ToLookup(session => session.LearningOfferingId, session => new OfferingSession(session.Id, session.StartsOn, session.EndsOn));
        var offerings = await db.LearningOfferings.AsNoTracking()
            .OrderBy(offering => offering.Id)
            .Select(offering => new { offering.Id, offering.Hours, offering.CostAmount, offering.CostCurrency, offering.Capacity, offering.CertificationId })
            .ToListAsync(cancellationToken);
        return (
            [.. offerings.Select(offering => new LearningOffering(
                offering.Id, (double)offering.Hours, (double)offering.CostAmount, CostPerSession: 0, offering.Capacity,
                [.. raises[offering.Id]], offering.CertificationId, [.. sessions[offering.Id]]))],
            [.. offerings.Select(offering => offering.CostCurrency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The family's name as the matcher compares it (segregation rules name families the same way).</summary>
    public static string FamilyName(RoleFamily family) => family.ToString();

    private static MatchingRoleTier Tier(Data.Roles.RoleTier tier) => tier switch
    {
        Data.Roles.RoleTier.Strategic => MatchingRoleTier.Strategic,
        Data.Roles.RoleTier.Tactical => MatchingRoleTier.Tactical,
        Data.Roles.RoleTier.Operational => MatchingRoleTier.Operational,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "A role tier the matcher does not know."),
    };

    private static DutySide Side(int? roleId, RoleFamily? family) =>
        roleId is { } id ? DutySide.Role(id) : DutySide.OfFamily(FamilyName(family!.Value));
}

/// <summary>
/// The catalogue records, and the currencies offerings are priced in: the matcher adds costs up as plain numbers,
/// so cost answers need exactly one (there are no exchange rates to convert with).
/// </summary>
public sealed record LoadedCatalogue(CatalogueData Data, IReadOnlyList<string> Currencies);
