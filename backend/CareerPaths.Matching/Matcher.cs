using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.Paths;
using CareerPaths.Matching.Suggestions;
using CareerPaths.Matching.Succession;

namespace CareerPaths.Matching;

/// <summary>
/// The matcher's entry points over one read model (catalogue + workforce on a reference date). Every method is a
/// pure function of that model and its arguments; unknown ids raise <see cref="ArgumentException"/>.
/// </summary>
public sealed class Matcher(Workforce workforce)
{
    public Workforce Workforce { get; } = workforce;

    public MatchingCatalogue Catalogue => Workforce.Catalogue;

    /// <summary>One person against one role: fit, every requirement explained, certifications, readiness.</summary>
    public RoleComparison CompareToRole(int personId, int roleId) =>
        RoleComparer.Compare(Catalogue, PersonSnapshot.Of(Workforce, personId), Catalogue.Role(roleId));

    /// <summary>Published roles ranked for the person, labelled promotion / lateral / step back.</summary>
    public IReadOnlyList<RoleSuggestion> SuggestRoles(int personId, int first) => RoleSuggestions.For(Workforce, personId, first);

    /// <summary>The <paramref name="first"/> best routes to the target role (at most <paramref name="maxSteps"/> steps).</summary>
    public IReadOnlyList<DevelopmentPath> DevelopmentPaths(int personId, int targetRoleId, int first, int? maxSteps = null) =>
        Paths.DevelopmentPaths.Find(Workforce, personId, targetRoleId, first, maxSteps);

    /// <summary>The cheapest offerings closing every gap (essential and desirable) and missing required certification.</summary>
    public LearningPlan LearningPlan(int personId, int roleId, LearningObjective objective = LearningObjective.Hours)
    {
        var comparison = CompareToRole(personId, roleId);
        var skills = comparison.SkillGaps.Select(g => new SkillNeed(g.SkillId, g.Required, g.Effective)).ToList();
        var certifications = comparison.MissingCertifications.Select(c => new CertificationNeed(c.AnyOf)).ToList();
        return LearningPlanner.Plan(skills, certifications, Catalogue.Offerings, Catalogue.Certifications, objective, Catalogue.Options);
    }

    /// <summary>Everyone (incumbents excluded unless asked) ranked for the role: readiness, then fit, then person id.</summary>
    public SuccessionCandidate[] Succession(int roleId, bool includeIncumbents = false) =>
        SuccessionRanking.Rank(Workforce, roleId, includeIncumbents);

    /// <summary>Bench strength per role (all published roles when null).</summary>
    public IReadOnlyList<BenchStrength> BenchStrength(IReadOnlyList<int>? roleIds = null) => Matching.Succession.BenchStrength.Of(Workforce, roleIds);

    /// <summary>Roles nobody could take within a year.</summary>
    public IReadOnlyList<BenchStrength> SuccessionRisks() => Matching.Succession.BenchStrength.Risks(Workforce);

    /// <summary>Gap severity by org unit × skill.</summary>
    public SkillGapHeatMap SkillGapHeatMap(GapScope scope) => HeatMapBuilder.Build(Workforce, scope);

    /// <summary>
    /// The people of a scope who have open gaps, with those gaps, exactly as <see cref="PlanCohorts"/> measures
    /// them (in person id order): what a stored cohort is checked against.
    /// </summary>
    public IReadOnlyList<Learner> CohortLearners(GapScope scope) => CohortProblemBuilder.Learners(Workforce, scope);

    /// <summary>A proposal of cohorts for a population's gaps within a budget.</summary>
    public CohortPlan PlanCohorts(CohortRequest request) => CohortPlanner.Plan(Workforce, request);
}
