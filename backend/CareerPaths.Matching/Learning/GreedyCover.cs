using System.Numerics;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// Greedy weighted set cover (most newly covered elements per unit of cost), then improvement: drop redundant
/// sets (most expensive first) and swap a chosen set for a cheaper unchosen one while the cover still holds.
/// Used when an instance has more than 64 elements or the exact search hits its node limit; its ratio to the
/// optimum is measured in the tests (docs/matcher.md).
/// </summary>
internal static class GreedyCover
{
    /// <summary>Ascending set indexes covering <paramref name="target"/> (which every element of must be coverable).</summary>
    public static int[] Solve(ulong[][] masks, double[] costs, ulong[] target)
    {
        var chosen = new List<int>();
        var uncovered = (ulong[])target.Clone();
        while (uncovered.Any(w => w != 0))
        {
            var best = -1;
            var bestNew = 0;
            for (var s = 0; s < masks.Length; s++)
            {
                var fresh = CountCommon(masks[s], uncovered);
                if (fresh > 0 && (best < 0 || BetterRatio(fresh, costs[s], bestNew, costs[best])))
                {
                    best = s;
                    bestNew = fresh;
                }
            }
            if (best < 0)
            {
                throw new ArgumentException("Some target elements are covered by no set.", nameof(target));
            }
            chosen.Add(best);
            for (var w = 0; w < uncovered.Length; w++)
            {
                uncovered[w] &= ~masks[best][w];
            }
        }
        Improve(chosen, masks, costs, target);
        chosen.Sort();
        return [.. chosen];
    }

    private static void Improve(List<int> chosen, ulong[][] masks, double[] costs, ulong[] target)
    {
        DropRedundant(chosen, masks, costs, target);
        var improved = true;
        while (improved)
        {
            improved = false;
            foreach (var outgoing in chosen.OrderByDescending(s => costs[s]).ThenByDescending(s => s).ToList())
            {
                for (var incoming = 0; incoming < masks.Length && !improved; incoming++)
                {
                    if (chosen.Contains(incoming) || costs[incoming] >= costs[outgoing] || CostOrder.SameTotal(costs[incoming], costs[outgoing]))
                    {
                        continue;
                    }
                    var trial = chosen.Where(s => s != outgoing).Append(incoming).ToList();
                    if (Covers(trial, masks, target))
                    {
                        chosen.Clear();
                        chosen.AddRange(trial);
                        DropRedundant(chosen, masks, costs, target);
                        improved = true;
                    }
                }
                if (improved)
                {
                    break;
                }
            }
        }
    }

    private static void DropRedundant(List<int> chosen, ulong[][] masks, double[] costs, ulong[] target)
    {
        foreach (var candidate in chosen.OrderByDescending(s => costs[s]).ThenByDescending(s => s).ToList())
        {
            var without = chosen.Where(s => s != candidate).ToList();
            if (Covers(without, masks, target))
            {
                chosen.Remove(candidate);
            }
        }
    }

    private static bool Covers(List<int> sets, ulong[][] masks, ulong[] target)
    {
        for (var w = 0; w < target.Length; w++)
        {
            var union = 0UL;
            foreach (var s in sets)
            {
                union |= masks[s][w];
            }
            if ((target[w] & ~union) != 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int CountCommon(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }
        return count;
    }

    /// <summary>fresh/cost &gt; bestFresh/bestCost without dividing (a free set beats any priced one); ties keep the earlier set.</summary>
    private static bool BetterRatio(int fresh, double cost, int bestFresh, double bestCost)
    {
        var left = fresh * bestCost;
        var right = bestFresh * cost;
        return CostOrder.SameTotal(left, right) ? fresh > bestFresh : left > right;
    }
}
