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
        var sums = new Accumulators(slots * skills.Length);
        foreach (var (people, requirements) in population.Groups())
        {
            foreach (var requirement in requirements)
            {
                var column = workforce.Levels.AsSpan(requirement.Column * workforce.Count, workforce.Count);
                var offset = heatIndex[requirement.Column];
                foreach (var p in people)
                {
                    var effective = column[p] & Workforce.LevelMask;
                    if (effective < requirement.Level)
                    {
                        var unit = workforce.OrgUnitOf[p];
                        sums.Add(((unit < 0 ? units.Count : unit) * skills.Length) + offset, requirement.Level - effective, requirement.Weight);
                    }
                }
            }
        }
        var headcount = new int[slots];
        foreach (var p in population.People) headcount[workforce.OrgUnitOf[p] < 0 ? units.Count : workforce.OrgUnitOf[p]]++;
        var total = TotalRow(sums, headcount, skills, workforce);
        RollUp(units, sums, headcount, skills.Length);
        var rows = Enumerable.Range(0, units.Count)
            .Where(u => population.Units[u])
            .Select(u => Row(units.Ids[u], sums, u, headcount[u], skills, workforce))
            .ToList();
        return new SkillGapHeatMap([.. skills.Select(c => workforce.Catalogue.Skills.Ids[c])], total, rows);
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

        public void Add(int i, double gap, double weight)
        {
            Count[i]++;
            Gap[i] += gap;
            Weighted[i] += weight * gap;
        }

        public void AddInto(int target, int source)
        {
            Count[target] += Count[source];
            Gap[target] += Gap[source];
            Weighted[target] += Weighted[source];
        }
    }
}
