namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// Lazy ("accelerated") greedy: a move's gain per cost can only fall as cohorts are placed (learners' remaining
/// gaps shrink, seats and budget run out), so a stale value is an upper bound. Pop the best, re-evaluate it, and
/// apply it only if it still beats the next bound — the same choice an eager greedy that re-evaluates every move
/// each round would make (the benchmark's LINQ reference does exactly that, and a test compares them).
/// </summary>
internal static class LazyGreedy
{
    public static CohortState Run(CohortState state)
    {
        var queue = new PriorityQueue<Move, Move>(Move.Preference);
        for (var s = 0; s < state.Index.Sessions.Length; s++)
        {
            if (state.Members[s].Count > 0)
            {
                EnqueueAdditions(state, s, queue); // opened by a seed
            }
            else if (Evaluate(state, Move.Opening(s)) is { } open)
            {
                queue.Enqueue(open, open);
            }
        }
        while (queue.TryDequeue(out var stale, out _))
        {
            var fresh = Evaluate(state, stale);
            if (fresh is null)
            {
                continue;
            }
            if (queue.TryPeek(out _, out var next) && Move.Preference.Compare(fresh, next) > 0)
            {
                queue.Enqueue(fresh, fresh);
                continue;
            }
            var opened = state.Members[fresh.Session].Count == 0;
            Apply(state, fresh);
            if (opened)
            {
                EnqueueAdditions(state, fresh.Session, queue);
            }
        }
        return state;
    }

    private static void EnqueueAdditions(CohortState state, int session, PriorityQueue<Move, Move> queue)
    {
        foreach (var learner in state.Index.Candidates[state.OfferingOf(session)])
        {
            if (Evaluate(state, Move.Adding(session, learner)) is { } add) queue.Enqueue(add, add);
        }
    }

    /// <summary>The cohorts that close the most gap on their own within the whole budget, best first (seeds).</summary>
    public static List<Move> BestSingleCohorts(CohortState state, int count) =>
        [.. Enumerable.Range(0, state.Index.Sessions.Length)
            .Select(s => Evaluate(state, Move.Opening(s), largest: true))
            .OfType<Move>()
            .OrderByDescending(m => m.Gain).ThenBy(m => m.Session)
            .Take(count)];

    public static void Apply(CohortState state, Move move)
    {
        foreach (var learner in move.Learners)
        {
            state.Place(learner, move.Session);
        }
    }

    /// <summary>
    /// The move's current value, or null when it no longer helps or fits. Opening a session takes the first k
    /// candidates by gain (then person order) for the k with the best gain per cost that the budget allows — or,
    /// with <paramref name="largest"/>, the k with the most gain.
    /// </summary>
    public static Move? Evaluate(CohortState state, Move move, bool largest = false)
    {
        var offering = state.OfferingOf(move.Session);
        var seat = state.SeatCost(move.Session);
        if (!move.IsOpening)
        {
            var learner = move.Learners[0];
            var gain = state.Members[move.Session].Count > 0 && state.CanJoin(learner, move.Session) ? state.Gain(learner, offering) : 0;
            return gain > 0 && seat <= state.Remaining ? move with { Gain = gain, Cost = seat } : null;
        }
        if (state.Members[move.Session].Count > 0)
        {
            return null;
        }
        var ranked = BestCandidates(state, move.Session, offering, state.Index.Offerings[offering].Capacity);
        Move? best = null;
        var total = 0.0;
        for (var k = 1; k <= ranked.Count; k++)
        {
            total += ranked[k - 1].Gain;
            var cost = state.OpeningCost(move.Session) + seat * k;
            if (cost > state.Remaining)
            {
                break;
            }
            var candidate = move with { Gain = total, Cost = cost, Size = k };
            if (best is null || (largest ? candidate.Gain >= best.Gain : Move.Preference.Compare(candidate, best) <= 0))
            {
                best = candidate;
            }
        }
        return best is null ? null : best with { Learners = [.. ranked.Take(best.Size).Select(c => c.Learner)] };
    }

    /// <summary>
    /// The <paramref name="capacity"/> candidates with the most gain who can join, by gain then learner order: one
    /// pass keeping a short sorted list (candidates come in learner order, so equal gains keep the earlier learner).
    /// </summary>
    private static List<(int Learner, double Gain)> BestCandidates(CohortState state, int session, int offering, int capacity)
    {
        var best = new List<(int Learner, double Gain)>(capacity + 1);
        foreach (var learner in state.Index.Candidates[offering])
        {
            var gain = state.Gain(learner, offering);
            if (gain <= 0 || (best.Count == capacity && gain <= best[^1].Gain) || !state.CanJoin(learner, session)) continue;
            var at = best.Count;
            while (at > 0 && best[at - 1].Gain < gain) at--;
            best.Insert(at, (learner, gain));
            if (best.Count > capacity) best.RemoveAt(capacity);
        }
        return best;
    }
}
