using System.Numerics;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// Exact minimum-cost set cover by branch and bound over the target's elements. Before searching it drops sets
/// that cover nothing of the target and sets dominated by another (covering a subset of what the other covers, for
/// at least its cost, with a higher index: swapping one for the other never makes a cover worse under
/// <see cref="CostOrder"/>) and seeds the bound with the greedy cover. It branches on the uncovered element with the
/// fewest covering sets, cheapest set first, and prunes with the larger of two lower bounds: the dearest
/// "cheapest set for one uncovered element", and Σ over uncovered elements of the cheapest cost share
/// (a set's cost divided by how many uncovered elements it covers). Gives up (returns null) past a node limit.
/// </summary>
internal sealed class ExactCover
{
    private readonly ulong[] _masks;
    private readonly double[] _costs;
    private readonly int[] _original;
    private readonly ulong[] _coverers; // per element, a bit set of the candidate sets covering it
    private readonly int _words;
    private readonly double[] _cheapest;
    private readonly int _nodeLimit;
    private readonly int[] _stack;
    private int[]? _best;
    private double _bestCost;
    private int _nodes;

    private ExactCover(int[] candidates, CoverTable table, double[] costs, ulong target, int nodeLimit)
    {
        _original = candidates;
        _masks = new ulong[candidates.Length];
        _costs = new double[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            _masks[c] = table.Masks[candidates[c]] & target;
            _costs[c] = costs[candidates[c]];
        }
        _nodeLimit = nodeLimit;
        _stack = new int[BitOperations.PopCount(target)];
        var highest = 64 - BitOperations.LeadingZeroCount(target);
        _words = (candidates.Length + 63) / 64;
        _coverers = new ulong[highest * _words];
        _cheapest = new double[highest];
        for (var bits = target; bits != 0; bits &= bits - 1)
        {
            var e = BitOperations.TrailingZeroCount(bits);
            _cheapest[e] = double.PositiveInfinity;
            for (var c = 0; c < _masks.Length; c++)
            {
                if ((_masks[c] >> e & 1) == 0) continue;
                _coverers[e * _words + c / 64] |= 1UL << (c % 64);
                _cheapest[e] = Math.Min(_cheapest[e], _costs[c]);
            }
        }
    }

    /// <summary>Cheapest sets (ascending table indexes) covering <paramref name="target"/>; target must be coverable.</summary>
    public static int[]? Solve(CoverTable table, LearningObjective objective, ulong target, int nodeLimit)
    {
        if ((target & ~table.Coverable) != 0)
        {
            throw new ArgumentException("Some target elements are covered by no set.", nameof(target));
        }
        if (target == 0)
        {
            return [];
        }
        var costs = table.CostsFor(objective);
        if (BitOperations.IsPow2(target))
        {
            return [CoverReduction.CheapestFor(table, costs, BitOperations.TrailingZeroCount(target))];
        }
        var search = new ExactCover(CoverReduction.Undominated(table, costs, target), table, costs, target, nodeLimit);
        search.SeedWithGreedy(target);
        search.Search(target, 0, 0);
        if (search._nodes > search._nodeLimit)
        {
            return null;
        }
        var sets = new int[search._best!.Length];
        for (var i = 0; i < sets.Length; i++) sets[i] = search._original[search._best[i]];
        return sets;
    }

    private void SeedWithGreedy(ulong target)
    {
        var chosen = new List<int>();
        var cost = 0.0;
        for (var uncovered = target; uncovered != 0;)
        {
            var best = -1;
            for (var s = 0; s < _masks.Length; s++)
            {
                var fresh = BitOperations.PopCount(_masks[s] & uncovered);
                if (fresh > 0 && (best < 0 || fresh * _costs[best] > BitOperations.PopCount(_masks[best] & uncovered) * _costs[s])) best = s;
            }
            chosen.Add(best);
            cost += _costs[best];
            uncovered &= ~_masks[best];
        }
        chosen.Sort();
        (_best, _bestCost) = ([.. chosen], cost);
    }

    private void Search(ulong uncovered, double cost, int depth)
    {
        if (++_nodes > _nodeLimit)
        {
            return;
        }
        if (uncovered == 0)
        {
            Consider(cost, depth);
            return;
        }
        double dearest = 0, shares = 0;
        var branchOn = -1;
        var fewest = int.MaxValue;
        for (var bits = uncovered; bits != 0; bits &= bits - 1)
        {
            var e = BitOperations.TrailingZeroCount(bits);
            dearest = Math.Max(dearest, _cheapest[e]);
            var share = double.PositiveInfinity;
            var covering = 0;
            for (var w = 0; w < _words; w++)
            {
                for (var sets = _coverers[e * _words + w]; sets != 0; sets &= sets - 1)
                {
                    var s = w * 64 + BitOperations.TrailingZeroCount(sets);
                    share = Math.Min(share, _costs[s] / BitOperations.PopCount(_masks[s] & uncovered));
                    covering++;
                }
            }
            shares += share;
            if (covering < fewest)
            {
                fewest = covering;
                branchOn = e;
            }
        }
        if (CannotBeat(cost + Math.Max(dearest, shares * (1 - 1e-12)), depth + 1))
        {
            return;
        }
        for (var w = 0; w < _words; w++)
        {
            for (var sets = _coverers[branchOn * _words + w]; sets != 0; sets &= sets - 1)
            {
                var set = w * 64 + BitOperations.TrailingZeroCount(sets);
                _stack[depth] = set;
                Search(uncovered & ~_masks[set], cost + _costs[set], depth + 1);
                if (_nodes > _nodeLimit)
                {
                    return;
                }
            }
        }
    }

    private bool CannotBeat(double lowestCost, int fewestSets)
    {
        if (!CostOrder.SameTotal(lowestCost, _bestCost))
        {
            return lowestCost > _bestCost;
        }
        return fewestSets > _best!.Length;
    }

    private void Consider(double cost, int depth)
    {
        var chosen = _stack.AsSpan(0, depth).ToArray();
        Array.Sort(chosen);
        if (CostOrder.Compare(cost, chosen, _bestCost, _best) < 0)
        {
            _best = chosen;
            _bestCost = cost;
        }
    }
}
