using RoleFamily = CareerPaths.Api.Data.Roles.RoleFamily;
using RoleVersionStatus = CareerPaths.Api.Data.Roles.RoleVersionStatus;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.Matching;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.People;
using Microsoft.EntityFrameworkCore;
using DataEvidenceSource = CareerPaths.Api.Data.Employees.EvidenceSource;
using MatchingRoleTier = CareerPaths.Matching.Catalogue.RoleTier;

namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>
/// The test's oracle: the matcher library called directly on the database's data, read here with plain EF
/// (whole entities with their navigations) and mapped as docs/matcher.md's table says — deliberately not through
/// the API's loaders or read model, so a mistake there shows up as a difference from these answers.
/// </summary>
public static class ReferenceMatcher
{
    public static async Task<Matcher> BuildAsync(TestDatabase database, DateOnly referenceDate)
    {
        await using var db = database.CreateContext();
        var published = await db.RoleProfileVersions.AsNoTracking()
            .Include(v => v.Requirements).Include(v => v.CertificationGroups).ThenInclude(g => g.Options)
            .Where(v => v.Status == RoleVersionStatus.Published)
            .ToListAsync();
        var roles = published.Select(v => new RoleProfile(
            v.RoleProfileId, v.Family.ToString(), Tier(v.Tier),
            [.. v.Requirements.OrderBy(r => r.Id).Select(r => new RoleRequirement(r.SkillId, r.RequiredLevel, r.Importance, r.IsEssential))],
            [.. v.CertificationGroups.OrderBy(g => g.Position).Select(g => new CertificationRequirement(
                [.. g.Options.Select(o => o.CertificationId).Order()], g.IsRequired))])).ToList();
        var certifications = (await db.Certifications.AsNoTracking().Include(c => c.EvidencedSkills).ToListAsync())
            .Select(c => new Certification(c.Id, [.. c.EvidencedSkills.Select(e => new SkillLevel(e.SkillId, e.Level))], c.ValidityYears, c.PreparationHours))
            .ToList();
        var offerings = (await db.LearningOfferings.AsNoTracking().Include(o => o.Covers).Include(o => o.Sessions).ToListAsync())
            .Select(o => new LearningOffering(o.Id, (double)o.Hours, (double)o.CostAmount, 0, o.Capacity,
                [.. o.Covers.Select(c => new SkillLevel(c.SkillId, c.ToLevel))], o.CertificationId,
                [.. o.Sessions.Select(s => new OfferingSession(s.Id, s.StartsOn, s.EndsOn))]))
            .ToList();
        var transitions = await db.CareerTransitions.AsNoTracking()
            .Select(t => new CareerTransition(t.FromRoleId, t.ToRoleId, (double)t.TypicalYears)).ToListAsync();
        var rules = (await db.SegregationOfDutiesRules.AsNoTracking().ToListAsync())
            .Select(r => new SegregationOfDutiesRule(r.Id, Side(r.FirstRoleId, r.FirstFamily), Side(r.SecondRoleId, r.SecondFamily), r.Reason))
            .ToList();

        var people = (await db.Employees.AsNoTracking()
                .Include(e => e.SkillEvidence).Include(e => e.Certifications).Include(e => e.CareerGoals).ToListAsync())
            .Select(e => new PersonProfile(e.Id, e.OrgUnitId, e.CurrentRoleId,
                [.. e.SkillEvidence.Select(s => new SkillEvidence(s.SkillId, s.Level, Source(s.Source), s.AssessedOn))],
                [.. e.Certifications.Select(c => new HeldCertification(c.CertificationId, c.EarnedOn, c.ExpiresOn))],
                [.. e.CareerGoals.OrderBy(g => g.Priority).Select(g => g.TargetRoleId)]))
            .ToList();
        var units = await db.OrgUnits.AsNoTracking().Select(u => new OrgUnit(u.Id, u.ParentId)).ToListAsync();

        var catalogue = MatchingCatalogue.Build(new CatalogueData(roles, certifications, offerings, transitions, rules), MatchingOptions.Default);
        return new Matcher(Workforce.Build(catalogue, people, units, referenceDate));
    }

    private static MatchingRoleTier Tier(Api.Data.Roles.RoleTier tier) => tier switch
    {
        Api.Data.Roles.RoleTier.Strategic => MatchingRoleTier.Strategic,
        Api.Data.Roles.RoleTier.Tactical => MatchingRoleTier.Tactical,
        _ => MatchingRoleTier.Operational,
    };

    private static DutySide Side(int? roleId, RoleFamily? family) =>
        roleId is { } id ? DutySide.Role(id) : DutySide.OfFamily(family!.Value.ToString());

    private static EvidenceSource Source(DataEvidenceSource source) => source switch
    {
        DataEvidenceSource.Manager => EvidenceSource.Manager,
        DataEvidenceSource.Assessment => EvidenceSource.Assessment,
        DataEvidenceSource.Certification => EvidenceSource.Certification,
        _ => EvidenceSource.Self,
    };
}
