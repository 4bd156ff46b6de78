using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Paths;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>
/// A step's months written independently of the matcher's path state: levels carried as the max of the person's
/// level and every walked role's requirement, earned certification groups as lists, learning from the planner.
/// </summary>
internal static class LinqPathCost
{
    public static double StepMonths(
        CatalogueData catalogue, IReadOnlyDictionary<int, Certification> certifications, ReferencePerson person,
        IReadOnlyList<RoleProfile> walked, RoleProfile next, EdgeKind kind, double typicalYears, MatchingOptions options)
    {
        double LevelOf(int skill) => walked
            .SelectMany(r => r.Requirements.Where(q => q.SkillId == skill && q.Level > 0).Select(q => q.Level))
            .Append(person.LevelOf(skill))
            .Max();
        var earned = walked.SelectMany(r => r.Certifications.Where(g => g.Required && g.AnyOf.Count > 0).Select(g => g.AnyOf)).ToList();
        var skills = LinqRoleMath.Requirements(next)
            .Where(q => LevelOf(q.SkillId) < q.Level)
            .Select(q => new SkillNeed(q.SkillId, q.Level, LevelOf(q.SkillId)))
            .ToList();
        var certs = next.Certifications
            .Where(g => g.Required && g.AnyOf.Count > 0)
            .Where(g => !g.AnyOf.Any(person.ValidCertifications.Contains) && !earned.Any(e => e.All(g.AnyOf.Contains)))
            .Select(g => new CertificationNeed(g.AnyOf))
            .ToList();
        var plan = LearningPlanner.Plan(skills, certs, catalogue.Offerings, certifications, LearningObjective.Hours, options);
        var months = plan.TotalHours / options.DevelopmentHoursPerMonth;
        return kind == EdgeKind.Curated ? Math.Max(months, typicalYears * 12) : months;
    }
}
