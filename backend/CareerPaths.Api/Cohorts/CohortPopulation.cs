using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// The people of a <see cref="GapScope"/> who have open gaps, and those gaps, taken from the matcher itself
/// (<c>Matcher.CohortLearners</c>): a proposal shows, and a stored cohort is checked against, exactly the numbers
/// the planner worked with. Computed once, on first use.
/// </summary>
internal sealed class CohortPopulation(MatcherSnapshot snapshot, GapScope scope)
{
    private readonly Lazy<Dictionary<int, Learner>> _learners =
        new(() => snapshot.Matcher.CohortLearners(scope).ToDictionary(learner => learner.PersonId));

    /// <summary>The person's open gaps in this scope, by skill id; none for someone outside it.</summary>
    public IReadOnlyList<LearnerGap> Gaps(int personId) =>
        _learners.Value.TryGetValue(personId, out var learner) ? learner.Gaps : [];

    /// <summary>
    /// The weighted gap a seat in <paramref name="offering"/> would close for the person, as the planner values it:
    /// Σ over their gaps on the skills it raises of weight × (min(its level, required) − current). 0: nothing to learn there.
    /// </summary>
    public double GapClosedBy(int personId, LearningOffering offering) => Gaps(personId)
        .Sum(gap => offering.Raises.Where(raise => raise.SkillId == gap.SkillId)
            .Select(raise => gap.Weight * Math.Max(0, Math.Min(raise.Level, gap.RequiredLevel) - gap.CurrentLevel))
            .DefaultIfEmpty(0).Max());
}
