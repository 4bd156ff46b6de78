using CareerPaths.GraphQL.Relay;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Suggestions;
using static CareerPaths.Api.Tests.Matching.Support.JsonAssert;

namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>
/// The selections the tests send for one person's answers (comparison, suggestions, learning plan), and the same
/// shapes built from the library's records, for <see cref="JsonAssert.Same"/>.
/// </summary>
public static class ComparisonShapes
{
    public const string Estimate = "readiness months offeringHours selfStudyHours offerings { id }";

    public const string Comparison = $$"""
        employee { id } role { id } fit readiness referenceDate
        readinessEstimate { {{Estimate}} }
        requirements { skill { id } required effective gap importance essential weight coverage source assessedOn certification { id } stale }
        gaps { skill { id } gap }
        certifications { anyOf { id } required held { id } missing }
        missingCertifications { anyOf { id } }
        """;

    public const string Suggestion = $$"""role { id } move score fit similarityPercentile readiness readinessEstimate { {{Estimate}} }""";

    public const string Plan = """
        objective offeringHours offeringCost { amount currency } selfStudyHours totalHours provedOptimal
        offerings { offering { id } hours cost closesSkills { skill { id } requiredLevel currentLevel gap } closesCertifications { anyOf { id } } }
        uncoveredSkills { skill { id } requiredLevel currentLevel gap }
        uncoveredCertifications { anyOf { id } cheapest { id } preparationHours }
        """;

    public static string Id(string type, int key) => GlobalId.Encode(type, key);

    public static object Ref(string type, int key) => new { id = Id(type, key) };

    public static object? RefOrNull(string type, int? key) => key is { } k ? Ref(type, k) : null;

    public static object[] Refs(string type, IEnumerable<int> keys) => [.. keys.Select(key => Ref(type, key))];

    public static object Of(ReadinessEstimate estimate) => new
    {
        readiness = EnumName(estimate.Readiness),
        months = estimate.Months,
        offeringHours = estimate.OfferingHours,
        selfStudyHours = estimate.SelfStudyHours,
        offerings = Refs("LearningOffering", estimate.OfferingIds),
    };

    public static object Of(RoleComparison comparison, DateOnly referenceDate) => new
    {
        employee = Ref("Employee", comparison.PersonId),
        role = Ref("Role", comparison.RoleId),
        fit = comparison.Fit,
        readiness = EnumName(comparison.Readiness.Readiness),
        referenceDate = referenceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        readinessEstimate = Of(comparison.Readiness),
        requirements = comparison.Requirements.Select(r => new
        {
            skill = Ref("Skill", r.SkillId),
            required = r.Required,
            effective = r.Effective,
            gap = r.Gap,
            importance = r.Importance,
            essential = r.Essential,
            weight = r.Weight,
            coverage = r.Coverage,
            source = r.Source is { } source ? EnumName(source) : null,
            assessedOn = r.AssessedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            certification = RefOrNull("Certification", r.CertificationId),
            stale = r.IsStale,
        }),
        gaps = comparison.SkillGaps.Select(r => new { skill = Ref("Skill", r.SkillId), gap = r.Gap }),
        certifications = comparison.Certifications.Select(c => new
        {
            anyOf = Refs("Certification", c.AnyOf),
            required = c.Required,
            held = RefOrNull("Certification", c.HeldCertificationId),
            missing = c.IsGap,
        }),
        missingCertifications = comparison.MissingCertifications.Select(c => new { anyOf = Refs("Certification", c.AnyOf) }),
    };

    public static object Of(RoleSuggestion suggestion) => new
    {
        role = Ref("Role", suggestion.RoleId),
        move = EnumName(suggestion.Move),
        score = suggestion.Score,
        fit = suggestion.Fit,
        similarityPercentile = suggestion.SimilarityPercentile,
        readiness = EnumName(suggestion.Readiness.Readiness),
        readinessEstimate = Of(suggestion.Readiness),
    };

    public static object Of(LearningPlan plan, LearningObjective objective, string currency) => new
    {
        objective = EnumName(objective),
        offeringHours = plan.OfferingHours,
        offeringCost = new { amount = plan.OfferingCost, currency },
        selfStudyHours = plan.SelfStudyHours,
        totalHours = plan.TotalHours,
        provedOptimal = plan.ProvedOptimal,
        offerings = plan.Offerings.Select(o => new
        {
            offering = Ref("LearningOffering", o.OfferingId),
            hours = o.Hours,
            cost = o.Cost,
            closesSkills = o.ClosesSkills.Select(Need),
            closesCertifications = o.ClosesCertifications.Select(c => new { anyOf = Refs("Certification", c.AnyOf) }),
        }),
        uncoveredSkills = plan.UncoveredSkills.Select(Need),
        uncoveredCertifications = plan.UncoveredCertifications.Select(u => new
        {
            anyOf = Refs("Certification", u.Need.AnyOf),
            cheapest = Ref("Certification", u.CheapestCertificationId),
            preparationHours = u.PreparationHours,
        }),
    };

    private static object Need(SkillNeed need) => new
    {
        skill = Ref("Skill", need.SkillId),
        requiredLevel = need.RequiredLevel,
        currentLevel = need.CurrentLevel,
        gap = need.Gap,
    };
}
