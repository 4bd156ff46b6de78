using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>Fit and readiness for one person and one role written the plain way: LINQ over the records.</summary>
public static class LinqRoleMath
{
    public static List<RoleRequirement> Requirements(RoleProfile role) =>
        [.. role.Requirements.Where(q => q.Level > 0).OrderBy(q => q.SkillId)];

    public static double Weight(RoleRequirement q, MatchingOptions options) => q.Importance * (q.Essential ? options.EssentialWeightFactor : 1);

    public static double Fit(List<RoleRequirement> requirements, Func<int, double> levelOf, MatchingOptions options)
    {
        var total = requirements.Aggregate(0.0, (sum, q) => sum + Weight(q, options));
        if (requirements.Count == 0 || total <= 0) return 1;
        var covered = requirements.Aggregate(0.0, (sum, q) => sum + Weight(q, options) * Math.Min(levelOf(q.SkillId), q.Level) / q.Level);
        return covered / total;
    }

    /// <summary>Months to close the essential gaps and missing required certifications, and the readiness class.</summary>
    public static (Readiness Readiness, double Months) Readiness(
        RoleProfile role, List<RoleRequirement> requirements, Func<int, double> levelOf, Func<IReadOnlyList<int>, bool> holdsAnyOf,
        CatalogueData catalogue, IReadOnlyDictionary<int, Certification> certifications, MatchingOptions options)
    {
        var skills = requirements.Where(q => q.Essential && levelOf(q.SkillId) < q.Level)
            .Select(q => new SkillNeed(q.SkillId, q.Level, levelOf(q.SkillId))).ToList();
        var certs = role.Certifications.Where(g => g.Required && g.AnyOf.Count > 0 && !holdsAnyOf(g.AnyOf))
            .Select(g => new CertificationNeed(g.AnyOf)).ToList();
        if (skills.Count + certs.Count == 0) return (CareerPaths.Matching.Fit.Readiness.ReadyNow, 0);
        var plan = LearningPlanner.Plan(skills, certs, catalogue.Offerings, certifications, LearningObjective.Hours, options);
        var months = plan.TotalHours / options.DevelopmentHoursPerMonth;
        return (ReadinessEstimate.Classify(true, months), months);
    }
}
