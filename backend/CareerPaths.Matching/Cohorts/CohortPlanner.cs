using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// Cohort planning as budgeted maximum coverage: maximise weighted gap closed within the budget, with seats per
/// session, no learner in two sessions that overlap in time, and nobody placed where they gain nothing.
/// Lazy greedy by gain per cost over two kinds of move — open a session with its best-value first members (the
/// fixed session cost is shared), or add one learner to an open session — then the classic fix for budgeted
/// coverage: rerun greedy seeded with each of the few cohorts that close the most gap on their own, keep the best.
/// Its ratio to the exact optimum on small instances is measured in the tests (docs/matcher.md).
/// </summary>
public static class CohortPlanner
{
    /// <summary>How many single-cohort seeds are tried besides plain greedy.</summary>
    internal const int Seeds = 3;

    public static CohortPlan Plan(CohortProblem problem)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(problem.Budget);
        var index = new CohortIndex(problem);
        var best = LazyGreedy.Run(new CohortState(index));
        foreach (var seed in LazyGreedy.BestSingleCohorts(new CohortState(index), Seeds))
        {
            var state = new CohortState(index);
            LazyGreedy.Apply(state, seed);
            var seeded = LazyGreedy.Run(state);
            if (Total(seeded) > Total(best) + 1e-9 * Math.Max(1, Total(best)))
            {
                best = seeded;
            }
        }
        return Describe(best, problem.Budget);
    }

    /// <summary>Plans cohorts for the gaps of a population of the workforce (see <see cref="CohortRequest"/>).</summary>
    public static CohortPlan Plan(Workforce workforce, CohortRequest request) =>
        Plan(CohortProblemBuilder.Build(workforce, request));

    internal static double Total(CohortState state) => state.Members.Sum(members => members.Sum(m => m.Gain));

    internal static CohortPlan Describe(CohortState state, double budget)
    {
        var cohorts = new List<Cohort>();
        for (var s = 0; s < state.Members.Length; s++)
        {
            if (state.Members[s].Count == 0) continue;
            var (offeringIndex, session) = state.Index.Sessions[s];
            var offering = state.Index.Offerings[offeringIndex];
            var members = state.Members[s]
                .Select(m => new CohortMember(state.Index.Learners[m.Learner].PersonId, m.Gain, m.SkillIds))
                .OrderBy(m => m.PersonId)
                .ToList();
            cohorts.Add(new Cohort(offering.Id, session.Id, members, offering.CostPerSession + offering.CostPerSeat * members.Count));
        }
        return new CohortPlan(cohorts, cohorts.Sum(c => c.Cost), cohorts.Sum(c => c.Members.Sum(m => m.WeightedGapClosed)), budget);
    }
}
