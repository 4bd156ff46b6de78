using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

internal enum PositionLevel
{
    OrganisationHead,
    UnitHead,
    TeamLead,
    Staff,
}

/// <summary>One seat in the demo organisation: its unit, whom it reports to, and how senior it is.</summary>
internal sealed record Position(int Index, OrgUnitSeed Unit, int UnitDepth, int? ManagerIndex, PositionLevel Level);

/// <summary>
/// Shares the head count among the org units and builds the reporting lines: each unit has a head who reports to
/// the head of the parent unit, and everyone else reports inside the unit with a span of control of six.
/// </summary>
internal static class OrgChartPlanner
{
    private const int SpanOfControl = 6;

    public static IReadOnlyList<Position> Plan(IReadOnlyList<OrgUnitSeed> units, int count)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            // Parents come before children in org-units.json (checked when it is read).
            depth[unit.Code] = unit.Parent is null ? 0 : depth[unit.Parent] + 1;
        }
        var headCounts = ShareHeadCount(units, count);
        var headOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = new List<Position>(count);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var first = positions.Count;
            if (headCounts[u] > 0)
            {
                headOf[unit.Code] = first;
            }
            for (var local = 0; local < headCounts[u]; local++)
            {
                var manager = local == 0 ? NearestHeadAbove(unit, units, headOf) : first + (local - 1) / SpanOfControl;
                var level = local == 0
                    ? depth[unit.Code] == 0 ? PositionLevel.OrganisationHead : PositionLevel.UnitHead
                    : SpanOfControl * local + 1 < headCounts[u] ? PositionLevel.TeamLead : PositionLevel.Staff;
                positions.Add(new Position(positions.Count, unit, depth[unit.Code], manager, level));
            }
        }
        return positions;
    }

    private static int? NearestHeadAbove(OrgUnitSeed unit, IReadOnlyList<OrgUnitSeed> units, Dictionary<string, int> headOf)
    {
        for (var parent = unit.Parent; parent is not null; parent = units.First(candidate => candidate.Code == parent).Parent)
        {
            if (headOf.TryGetValue(parent, out var head))
            {
                return head;
            }
        }
        return null;
    }

    /// <summary>
    /// The top unit is an executive office of a few people; units with sub-units hold management; leaf units
    /// hold the teams. Integer shares with the largest remainders rounded up keep the total exact.
    /// </summary>
    private static int[] ShareHeadCount(IReadOnlyList<OrgUnitSeed> units, int count)
    {
        var weights = units.Select(unit => unit.Parent is null ? 1 : units.Any(child => child.Parent == unit.Code) ? 6 : 12).ToArray();
        var total = weights.Sum();
        var shares = weights.Select(weight => (long)count * weight / total).Select(share => (int)share).ToArray();
        var byRemainder = Enumerable.Range(0, units.Count)
            .OrderByDescending(u => (long)count * weights[u] % total).ThenBy(u => u).ToList();
        var missing = count - shares.Sum();
        for (var i = 0; i < missing; i++)
        {
            shares[byRemainder[i % units.Count]]++;
        }
        // Every unit gets someone when there are enough people, taken from the largest unit.
        for (var u = 0; u < units.Count && count >= units.Count; u++)
        {
            if (shares[u] == 0)
            {
                shares[Array.IndexOf(shares, shares.Max())]--;
                shares[u]++;
            }
        }
        return shares;
    }
}
