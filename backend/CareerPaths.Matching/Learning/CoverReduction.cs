using System.Numerics;

namespace CareerPaths.Matching.Learning;

/// <summary>Shrinks a cover instance before the exact search: trivial one-element answers and dominated sets.</summary>
internal static class CoverReduction
{
    /// <summary>One element: the cheapest set covering it, the lowest index among equals.</summary>
    public static int CheapestFor(CoverTable table, double[] costs, int element)
    {
        var best = -1;
        foreach (var s in table.SetsByElement[element])
        {
            if (best < 0 || (!CostOrder.SameTotal(costs[s], costs[best]) && costs[s] < costs[best])) best = s;
        }
        return best;
    }

    /// <summary>
    /// The sets worth searching, as a bit set over the table (<see cref="CoverTable.Words"/> words): those covering
    /// something of the target and dominated by no other. Set t dominates s when it covers everything s covers (of
    /// the target) and is either cheaper by more than the tie tolerance of any total (so swapping s for t is a strict
    /// improvement) or exactly as cheap with a lower index (so swapping keeps the total and makes the set list
    /// lexicographically smaller). The tolerance is 1e-9 × max(1, Σ costs of the useful sets).
    /// </summary>
    /// <remarks>
    /// The sets covering everything s covers are the intersection of the coverers of s's elements; the cost half of
    /// the test is precomputed per table (<see cref="CoverDominance"/>). So each set costs a few AND operations
    /// instead of a pass over every other set, with exactly the outcome of the pairwise definition (a property test
    /// holds it to that definition).
    /// </remarks>
    public static void Undominated(CoverTable table, LearningObjective objective, ulong target, Span<ulong> kept)
    {
        if (table.Words == 1)
        {
            kept[0] = UndominatedInOneWord(table, objective, target);
            return;
        }
        var words = table.Words;
        var coverers = table.Coverers;
        var dominance = table.DominanceFor(objective);
        var costs = table.CostsFor(objective);
        Span<ulong> supersets = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        kept.Clear();
        for (var bits = target; bits != 0; bits &= bits - 1)
        {
            var e = BitOperations.TrailingZeroCount(bits);
            for (var w = 0; w < words; w++) kept[w] |= coverers[e * words + w];
        }
        var tolerance = double.NaN; // worked out only if some pair needs it
        for (var w = 0; w < words; w++)
        {
            for (var sets = kept[w]; sets != 0; sets &= sets - 1)
            {
                var s = w * 64 + BitOperations.TrailingZeroCount(sets);
                supersets.Fill(ulong.MaxValue);
                for (var bits = table.Masks[s] & target; bits != 0; bits &= bits - 1)
                {
                    var e = BitOperations.TrailingZeroCount(bits);
                    for (var v = 0; v < words; v++) supersets[v] &= coverers[e * words + v];
                }
                supersets[w] &= ~(1UL << (s % 64));
                if (Dominated(s, supersets, dominance, costs, table, target, ref tolerance))
                {
                    kept[w] &= ~(1UL << (s % 64));
                }
            }
        }
    }

    /// <summary>
    /// When every target element is covered by exactly one of the <paramref name="candidates"/>, the number of
    /// candidates (each is then the only way to cover some element, so the one cover is all of them); otherwise -1.
    /// Candidates from <see cref="Undominated"/> each cover something of the target and leave no element uncovered.
    /// </summary>
    public static int Forced(CoverTable table, ulong target, ReadOnlySpan<ulong> candidates)
    {
        var words = table.Words;
        var coverers = table.Coverers;
        for (var bits = target; bits != 0; bits &= bits - 1)
        {
            var e = BitOperations.TrailingZeroCount(bits);
            var covering = 0;
            for (var w = 0; w < words; w++) covering += BitOperations.PopCount(coverers[e * words + w] & candidates[w]);
            if (covering != 1) return -1;
        }
        var count = 0;
        foreach (var word in candidates) count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>The same for tables of at most 64 sets (nearly every role's): one word, no loops over words.</summary>
    private static ulong UndominatedInOneWord(CoverTable table, LearningObjective objective, ulong target)
    {
        var coverers = table.Coverers;
        var dominance = table.DominanceFor(objective);
        var useful = 0UL;
        for (var bits = target; bits != 0; bits &= bits - 1)
        {
            useful |= coverers[BitOperations.TrailingZeroCount(bits)];
        }
        var kept = useful;
        var tolerance = double.NaN;
        for (var sets = useful; sets != 0; sets &= sets - 1)
        {
            var s = BitOperations.TrailingZeroCount(sets);
            var supersets = ~(1UL << s);
            for (var bits = table.Masks[s] & target; bits != 0; bits &= bits - 1)
            {
                supersets &= coverers[BitOperations.TrailingZeroCount(bits)];
            }
            if ((supersets & dominance.Beats[s]) != 0
                || ((supersets & dominance.Maybe[s]) != 0 && Dominated(s, [supersets], dominance, table.CostsFor(objective), table, target, ref tolerance)))
            {
                kept &= ~(1UL << s);
            }
        }
        return kept;
    }

    private static bool Dominated(
        int s, ReadOnlySpan<ulong> supersets, CoverDominance dominance, double[] costs, CoverTable table, ulong target, ref double tolerance)
    {
        var words = supersets.Length;
        for (var v = 0; v < words; v++)
        {
            if ((supersets[v] & dominance.Beats[s * words + v]) != 0) return true;
        }
        for (var v = 0; v < words; v++)
        {
            for (var maybe = supersets[v] & dominance.Maybe[s * words + v]; maybe != 0; maybe &= maybe - 1)
            {
                if (double.IsNaN(tolerance)) tolerance = Tolerance(table, costs, target);
                if (CoverDominance.CostBeats(costs, v * 64 + BitOperations.TrailingZeroCount(maybe), s, tolerance)) return true;
            }
        }
        return false;
    }

    /// <summary>1e-9 × max(1, Σ costs of the sets covering something of the target), summed in set order.</summary>
    private static double Tolerance(CoverTable table, double[] costs, ulong target)
    {
        var total = 0.0;
        for (var s = 0; s < table.Masks.Length; s++)
        {
            if ((table.Masks[s] & target) != 0) total += costs[s];
        }
        return CoverDominance.RelativeTolerance * Math.Max(1, total);
    }
}
