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
    /// Set t dominates s when it covers everything s covers (of the target) and is either cheaper by more than the
    /// tie tolerance of any total (so swapping s for t is a strict improvement) or exactly as cheap with a lower
    /// index (so swapping keeps the total and makes the set list lexicographically smaller).
    /// </summary>
    public static int[] Undominated(CoverTable table, double[] costs, ulong target)
    {
        Span<int> useful = stackalloc int[table.Masks.Length];
        var count = 0;
        var total = 0.0;
        for (var s = 0; s < table.Masks.Length; s++)
        {
            if ((table.Masks[s] & target) == 0) continue;
            useful[count++] = s;
            total += costs[s];
        }
        var tolerance = 1e-9 * Math.Max(1, total);
        Span<int> kept = stackalloc int[count];
        var keptCount = 0;
        foreach (var s in useful[..count])
        {
            var dominated = false;
            foreach (var t in useful[..count])
            {
                ulong mt = table.Masks[t] & target, ms = table.Masks[s] & target;
                if (t != s && (ms & ~mt) == 0 && (costs[s] - costs[t] > tolerance || (costs[t] == costs[s] && t < s)))
                {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) kept[keptCount++] = s;
        }
        return kept[..keptCount].ToArray();
    }
}
