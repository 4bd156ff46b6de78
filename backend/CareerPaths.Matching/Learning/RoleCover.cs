namespace CareerPaths.Matching.Learning;

/// <summary>The cheapest offerings closing some elements of a role's cover table: exact, or greedy past the node limit.</summary>
internal static class RoleCover
{
    public static CoverResult Solve(CoverTable table, ulong target, LearningObjective objective, int nodeLimit)
    {
        if (target == 0)
        {
            return CoverResult.Nothing;
        }
        var costs = table.CostsFor(objective);
        var sets = ExactCover.Solve(table, objective, target, nodeLimit);
        var exact = sets is not null;
        sets ??= GreedyCover.Solve([.. table.Masks.Select(m => new[] { m })], costs, [target]);
        double hours = 0, cost = 0;
        foreach (var s in sets)
        {
            hours += table.Hours[s];
            cost += table.Costs[s];
        }
        return new CoverResult(sets, hours, cost, exact);
    }
}

/// <summary>Chosen sets (cover-table indexes, ascending) and their totals.</summary>
internal readonly record struct CoverResult(int[] Sets, double Hours, double Cost, bool Exact)
{
    public static CoverResult Nothing { get; } = new([], 0, 0, true);
}
