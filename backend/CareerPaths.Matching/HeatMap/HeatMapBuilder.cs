using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.HeatMap;

/// <summary>
/// Builds the org heat map in column scans over the packed levels: gaps are added to each person's own unit,
/// then rolled up from the leaves to the root so a unit's row covers everything below it.
/// </summary>
public static class HeatMapBuilder
{
    public static SkillGapHeatMap Build(Workforce workforce, GapScope scope)
    {
        var population = GapPopulation.Select(workforce, scope);
        var skills = population.SkillColumns();
        var heatIndex = new Dictionary<int, int>();
        for (var k = 0; k < skills.Length; k++) heatIndex[skills[k]] = k;
        var units = workforce.OrgUnits;
        var slots = units.Count + 1; // the last slot holds people without a (known) unit
        var slotOf = new int[workforce.Count];
        for (var p = 0; p < slotOf.Length; p++) slotOf[p] = workforce.OrgUnitOf[p] < 0 ? units.Count : workforce.OrgUnitOf[p];
        var sums = new Accumulators(slots * skills.Length);
        var column = new Accumulators(slots);
        foreach (var (people, requirements) in population.Groups())
        {
            foreach (var requirement in requirements)
            {
                column.Clear();
                ScanColumn(workforce, requirement, people, slotOf, column);
                var offset = heatIndex[requirement.Column];
                for (var slot = 0; slot < slots; slot++) sums.AddInto(slot * skills.Length + offset, column, slot);
            }
        }
        var headcount = new int[slots];
        foreach (var p in population.People) headcount[slotOf[p]]++;
        var total = TotalRow(sums, headcount, skills, workforce);
        RollUp(units, sums, headcount, skills.Length);
        var rows = Enumerable.Range(0, units.Count)
            .Where(u => population.Units[u])
            .Select(u => Row(units.Ids[u], sums, u, headcount[u], skills, workforce))
            .ToList();
        return new SkillGapHeatMap([.. skills.Select(c => workforce.Catalogue.Skills.Ids[c])], total, rows);
    }

    /// <summary>One requirement over the people measured against it; gap and weighted gap come from 8-entry tables.</summary>
    private static void ScanColumn(Workforce workforce, GapRequirement requirement, int[] people, int[] slotOf, Accumulators into)
    {
        Span<double> gap = stackalloc double[8];
        Span<double> weighted = stackalloc double[8];
        for (var e = 0; e < 8; e++)
        {
            gap[e] = e < requirement.Level ? requirement.Level - e : 0;
            weighted[e] = requirement.Weight * gap[e];
        }
        var levels = workforce.Levels.AsSpan(requirement.Column * workforce.Count, workforce.Count);
        var (count, gaps, weights) = (into.Count, into.Gap, into.Weighted);
        foreach (var p in people)
        {
            var e = levels[p] & Workforce.LevelMask;
            if (e < requirement.Level)
            {
                var slot = slotOf[p];
                count[slot]++;
                gaps[slot] += gap[e];
                weights[slot] += weighted[e];
            }
        }
    }

    private static void RollUp(OrgTree units, Accumulators sums, int[] headcount, int width)
    {
        foreach (var u in units.TopDown.Reverse())
        {
            var parent = units.Parent[u];
            if (parent < 0) continue;
            headcount[parent] += headcount[u];
            for (var k = 0; k < width; k++) sums.AddInto(parent * width + k, u * width + k);
        }
    }

    private static HeatMapRow TotalRow(Accumulators sums, int[] headcount, int[] skills, Workforce workforce)
    {
        var cells = new HeatMapCell[skills.Length];
        var people = headcount.Sum();
        for (var k = 0; k < skills.Length; k++)
        {
            int count = 0; double gap = 0, weighted = 0;
            for (var slot = 0; slot < headcount.Length; slot++)
            {
                var i = slot * skills.Length + k;
                count += sums.Count[i];
                gap += sums.Gap[i];
                weighted += sums.Weighted[i];
            }
            cells[k] = new HeatMapCell(workforce.Catalogue.Skills.Ids[skills[k]], count, gap, people == 0 ? 0 : weighted / people);
        }
        return new HeatMapRow(null, people, cells);
    }

    private static HeatMapRow Row(int unitId, Accumulators sums, int slot, int headcount, int[] skills, Workforce workforce)
    {
        var cells = new HeatMapCell[skills.Length];
        for (var k = 0; k < skills.Length; k++)
        {
            var i = slot * skills.Length + k;
            cells[k] = new HeatMapCell(workforce.Catalogue.Skills.Ids[skills[k]], sums.Count[i], sums.Gap[i],
                headcount == 0 ? 0 : sums.Weighted[i] / headcount);
        }
        return new HeatMapRow(unitId, headcount, cells);
    }

    private sealed class Accumulators(int size)
    {
        public int[] Count { get; } = new int[size];

        public double[] Gap { get; } = new double[size];

        public double[] Weighted { get; } = new double[size];

        public void Clear()
        {
            Array.Clear(Count);
            Array.Clear(Gap);
            Array.Clear(Weighted);
        }

        public void AddInto(int target, int source) => AddInto(target, this, source);

        public void AddInto(int target, Accumulators from, int source)
        {
            Count[target] += from.Count[source];
            Gap[target] += from.Gap[source];
            Weighted[target] += from.Weighted[source];
        }
    }
}
