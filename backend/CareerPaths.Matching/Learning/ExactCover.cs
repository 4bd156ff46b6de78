using System.Numerics;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// Exact minimum-cost set cover by branch and bound over the target's elements. Before searching it drops sets
/// that cover nothing of the target and sets dominated by another (covering a subset of what the other covers, for
/// at least its cost, with a higher index: swapping one for the other never makes a cover worse under
/// <see cref="CostOrder"/>). If that leaves each element one set, the cover is forced and needs no search (nine in
/// ten readiness questions of the benchmark catalogue); otherwise it seeds the bound with the greedy cover. It branches on the uncovered element with the
/// fewest covering sets, cheapest set first, and prunes with the larger of two lower bounds: the dearest
/// "cheapest set for one uncovered element", and Σ over uncovered elements of the cheapest cost share
/// (a set's cost divided by how many uncovered elements it covers). Gives up (returns null) past a node limit.
/// </summary>
/// <remarks>
/// Sets are table indexes throughout, the candidates a bit set over them: a request solves a fresh instance for
/// every role it explains, so the search lives on the stack (a ref struct over stack buffers) and allocates only
/// its answer. Candidates are visited in table order, as a list of them would be, so the search is the same.
/// </remarks>
internal ref struct ExactCover
{
    /// <summary>Above this many words of sets (64 sets a word) the buffers come from the heap, not the stack.</summary>
    private const int StackWords = 4;

    private readonly CoverTable _table;
    private readonly double[] _costs;
    private readonly Span<ulong> _coverers; // per element, the candidate sets covering it (_words words)
    private readonly int _words;
    private readonly Span<double> _cheapest;
    private readonly int _nodeLimit;
    private readonly Span<int> _stack;
    private readonly Span<int> _scratch;
    private readonly Span<int> _best;
    private int _bestCount;
    private double _bestCost;
    private int _nodes;

    private ExactCover(CoverTable table, double[] costs, ReadOnlySpan<ulong> candidates, ulong target, int nodeLimit, Buffers buffers)
    {
        _table = table;
        _costs = costs;
        _nodeLimit = nodeLimit;
        _words = table.Words;
        _coverers = buffers.Coverers;
        _cheapest = buffers.Cheapest;
        _stack = buffers.Stack;
        _scratch = buffers.Scratch;
        _best = buffers.Best;
        for (var bits = target; bits != 0; bits &= bits - 1)
        {
            var e = BitOperations.TrailingZeroCount(bits);
            _cheapest[e] = double.PositiveInfinity;
            for (var w = 0; w < _words; w++)
            {
                var sets = table.Coverers[e * _words + w] & candidates[w];
                _coverers[e * _words + w] = sets;
                for (; sets != 0; sets &= sets - 1)
                {
                    _cheapest[e] = Math.Min(_cheapest[e], costs[w * 64 + BitOperations.TrailingZeroCount(sets)]);
                }
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
        var words = table.Words;
        Span<ulong> candidates = words <= StackWords ? stackalloc ulong[words] : new ulong[words];
        CoverReduction.Undominated(table, objective, target, candidates);
        // Most instances are forced once dominated sets are gone (each element has one candidate left): the search
        // would walk the one path taking every candidate, in forced + 1 nodes.
        if (CoverReduction.Forced(table, target, candidates) is var forced and >= 0 && forced < nodeLimit)
        {
            return Members(candidates, forced);
        }
        // Buffers sized to the instance (stack memory is zeroed, so a fixed worst case would cost every call).
        var highest = 64 - BitOperations.LeadingZeroCount(target);
        var depth = BitOperations.PopCount(target);
        Span<ulong> coverers = words <= StackWords ? stackalloc ulong[highest * words] : new ulong[highest * words];
        Span<double> cheapest = stackalloc double[highest];
        Span<int> lists = stackalloc int[4 * depth];
        var search = new ExactCover(table, costs, candidates, target, nodeLimit, new Buffers(
            coverers, cheapest, lists[..depth], lists[depth..(2 * depth)], lists[(2 * depth)..(3 * depth)]));
        search.SeedWithGreedy(target, candidates, lists[(3 * depth)..]);
        search.Search(target, 0, 0);
        return search._nodes > search._nodeLimit ? null : search._best[..search._bestCount].ToArray();
    }

    /// <summary>The sets of a bit set, ascending.</summary>
    private static int[] Members(ReadOnlySpan<ulong> sets, int count)
    {
        var members = new int[count];
        var i = 0;
        for (var w = 0; w < sets.Length; w++)
        {
            for (var bits = sets[w]; bits != 0; bits &= bits - 1) members[i++] = w * 64 + BitOperations.TrailingZeroCount(bits);
        }
        return members;
    }

    private void SeedWithGreedy(ulong target, ReadOnlySpan<ulong> candidates, Span<int> chosen)
    {
        var count = 0;
        var cost = 0.0;
        var masks = _table.Masks;
        for (var uncovered = target; uncovered != 0;)
        {
            var best = -1;
            for (var w = 0; w < _words; w++)
            {
                for (var sets = candidates[w]; sets != 0; sets &= sets - 1)
                {
                    var s = w * 64 + BitOperations.TrailingZeroCount(sets);
                    var fresh = BitOperations.PopCount(masks[s] & uncovered);
                    if (fresh > 0 && (best < 0 || fresh * _costs[best] > BitOperations.PopCount(masks[best] & uncovered) * _costs[s])) best = s;
                }
            }
            chosen[count++] = best;
            cost += _costs[best];
            uncovered &= ~masks[best];
        }
        chosen[..count].Sort();
        chosen[..count].CopyTo(_best);
        (_bestCount, _bestCost) = (count, cost);
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
        var masks = _table.Masks;
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
                    share = Math.Min(share, _costs[s] / BitOperations.PopCount(masks[s] & uncovered));
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
                Search(uncovered & ~masks[set], cost + _costs[set], depth + 1);
                if (_nodes > _nodeLimit)
                {
                    return;
                }
            }
        }
    }

    private readonly bool CannotBeat(double lowestCost, int fewestSets)
    {
        if (!CostOrder.SameTotal(lowestCost, _bestCost))
        {
            return lowestCost > _bestCost;
        }
        return fewestSets > _bestCount;
    }

    private void Consider(double cost, int depth)
    {
        var chosen = _scratch[..depth];
        _stack[..depth].CopyTo(chosen);
        chosen.Sort();
        if (CostOrder.Compare(cost, chosen, _bestCost, _best[.._bestCount]) < 0)
        {
            chosen.CopyTo(_best);
            _bestCount = depth;
            _bestCost = cost;
        }
    }

    /// <summary>The search's working memory, handed in by <see cref="Solve"/> (stack buffers for ordinary tables).</summary>
    private readonly ref struct Buffers(Span<ulong> coverers, Span<double> cheapest, Span<int> stack, Span<int> scratch, Span<int> best)
    {
        public readonly Span<ulong> Coverers = coverers;
        public readonly Span<double> Cheapest = cheapest;
        public readonly Span<int> Stack = stack;
        public readonly Span<int> Scratch = scratch;
        public readonly Span<int> Best = best;
    }
}
