namespace CareerPaths.Matching.Learning;

/// <summary>
/// Exact minimum-cost set cover by branch and bound: branch on the uncovered element with the fewest covering
/// sets, bound by the most expensive "cheapest set for one uncovered element". Ties follow <see cref="CostOrder"/>.
/// Gives up (returns null) after a node limit so a pathological instance cannot hang a request.
/// </summary>
internal sealed class ExactCover
{
    private readonly CoverTable _table;
    private readonly double[] _costs;
    private readonly double[] _cheapestFor;
    private readonly int _nodeLimit;
    private readonly int[] _stack = new int[CoverTable.MaxElements];
    private int[]? _best;
    private double _bestCost;
    private int _nodes;

    private ExactCover(CoverTable table, double[] costs, int nodeLimit)
    {
        _table = table;
        _costs = costs;
        _nodeLimit = nodeLimit;
        _cheapestFor = new double[table.ElementCount];
        for (var e = 0; e < table.ElementCount; e++)
        {
            var sets = table.SetsByElement[e];
            _cheapestFor[e] = sets.Length == 0 ? double.PositiveInfinity : sets.Min(s => costs[s]);
        }
    }

    /// <summary>Cheapest sets (ascending indexes) covering <paramref name="target"/>; target must be coverable.</summary>
    public static int[]? Solve(CoverTable table, double[] costs, ulong target, int nodeLimit)
    {
        if ((target & ~table.Coverable) != 0)
        {
            throw new ArgumentException("Some target elements are covered by no set.", nameof(target));
        }
        var search = new ExactCover(table, costs, nodeLimit);
        search.Search(target, 0, 0);
        return search._nodes > search._nodeLimit ? null : search._best ?? [];
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
        var bound = 0.0;
        var branchOn = -1;
        var fewest = int.MaxValue;
        for (var bits = uncovered; bits != 0; bits &= bits - 1)
        {
            var e = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bound = Math.Max(bound, _cheapestFor[e]);
            if (_table.SetsByElement[e].Length < fewest)
            {
                fewest = _table.SetsByElement[e].Length;
                branchOn = e;
            }
        }
        if (CannotBeat(cost + bound, depth + 1))
        {
            return;
        }
        foreach (var set in _table.SetsByElement[branchOn])
        {
            _stack[depth] = set;
            Search(uncovered & ~_table.Masks[set], cost + _costs[set], depth + 1);
            if (_nodes > _nodeLimit)
            {
                return;
            }
        }
    }

    private bool CannotBeat(double lowestCost, int fewestSets)
    {
        if (_best is null)
        {
            return false;
        }
        if (!CostOrder.SameTotal(lowestCost, _bestCost))
        {
            return lowestCost > _bestCost;
        }
        return fewestSets > _best.Length;
    }

    private void Consider(double cost, int depth)
    {
        var chosen = _stack.AsSpan(0, depth).ToArray();
        Array.Sort(chosen);
        if (_best is null || CostOrder.Compare(cost, chosen, _bestCost, _best) < 0)
        {
            _best = chosen;
            _bestCost = cost;
        }
    }
}
