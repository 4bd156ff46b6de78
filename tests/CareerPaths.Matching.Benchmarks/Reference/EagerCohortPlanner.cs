using CareerPaths.Matching.Cohorts;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>
/// Cohort planning the plain way: every round re-evaluates every possible move with LINQ and applies the best;
/// same seeds and keep-the-best as <see cref="CohortPlanner"/>, so the plans must be identical.
/// </summary>
internal static class EagerCohortPlanner
{
    public static CohortPlan Plan(CohortProblem problem)
    {
        var index = new CohortIndex(problem);
        var best = Run(new CohortState(index));
        var seeds = Enumerable.Range(0, index.Sessions.Length)
            .Select(s => LazyGreedy.Evaluate(new CohortState(index), Move.Opening(s), largest: true))
            .OfType<Move>()
            .OrderByDescending(m => m.Gain).ThenBy(m => m.Session)
            .Take(CohortPlanner.Seeds);
        foreach (var seed in seeds)
        {
            var state = new CohortState(index);
            LazyGreedy.Apply(state, seed);
            var seeded = Run(state);
            if (CohortPlanner.Total(seeded) > CohortPlanner.Total(best) + 1e-9 * Math.Max(1, CohortPlanner.Total(best)))
            {
                best = seeded;
            }
        }
        return CohortPlanner.Describe(best, problem.Budget);
    }

    private static CohortState Run(CohortState state)
    {
        while (true)
        {
            var moves = Enumerable.Range(0, state.Index.Sessions.Length).SelectMany(s => state.Members[s].Count == 0
                    ? [Move.Opening(s)]
                    : state.Index.Candidates[state.OfferingOf(s)].Select(l => Move.Adding(s, l)))
                .Select(m => LazyGreedy.Evaluate(state, m))
                .OfType<Move>()
                .ToList();
            if (moves.Count == 0)
            {
                return state;
            }
            LazyGreedy.Apply(state, moves.Order(Move.Preference).First());
        }
    }
}
