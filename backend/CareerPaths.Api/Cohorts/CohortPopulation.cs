using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// The people of a <see cref="GapScope"/> who have open gaps, and those gaps, taken from the matcher itself
/// (<c>Matcher.CohortLearners</c>), so a proposal shows, and a stored cohort is checked against, exactly the numbers
/// the planner worked with — including what seats they hold already teach them (<see cref="Book"/>).
/// </summary>
internal sealed class CohortPopulation
{
    private readonly Lazy<Dictionary<int, Learner>> _learners;
    private readonly Dictionary<int, List<SkillLevel>> _learning = [];

    public CohortPopulation(MatcherSnapshot snapshot, GapScope scope, IEnumerable<Enrolment> enrolments)
    {
        _learners = new(() => snapshot.Matcher.CohortLearners(scope).ToDictionary(learner => learner.PersonId));
        foreach (var enrolment in enrolments)
        {
            if (snapshot.Offering(enrolment.OfferingId) is { } offering)
            {
                Book(enrolment.PersonId, offering);
            }
        }
    }

    /// <summary>The person's open gaps in this scope (levels as they are today), by skill id; none for someone outside it.</summary>
    public IReadOnlyList<LearnerGap> Gaps(int personId) =>
        _learners.Value.TryGetValue(personId, out var learner) ? learner.Gaps : [];

    /// <summary>
    /// The weighted gap a seat in <paramref name="offering"/> would close for the person, as the planner values it:
    /// Σ over their gaps on the skills it raises of weight × (min(its level, required) − level before), where the
    /// level before counts the seats they hold already. 0: nothing to learn there.
    /// </summary>
    public double GapClosedBy(int personId, LearningOffering offering) => Gaps(personId)
        .Sum(gap => offering.Raises.Where(raise => raise.SkillId == gap.SkillId)
            .Select(raise => gap.Weight * Math.Max(0, Math.Min(raise.Level, gap.RequiredLevel) - LevelBefore(personId, gap)))
            .DefaultIfEmpty(0).Max());

    /// <summary>Counts a seat in <paramref name="offering"/> as held by the person (what it teaches is no gap any more).</summary>
    public void Book(int personId, LearningOffering offering)
    {
        if (!_learning.TryGetValue(personId, out var levels))
        {
            _learning[personId] = levels = [];
        }

        levels.AddRange(offering.Raises);
    }

    private double LevelBefore(int personId, LearnerGap gap) => (_learning.GetValueOrDefault(personId) ?? [])
        .Where(raise => raise.SkillId == gap.SkillId)
        .Select(raise => Math.Min(raise.Level, gap.RequiredLevel))
        .Append(gap.CurrentLevel).Max();
}
