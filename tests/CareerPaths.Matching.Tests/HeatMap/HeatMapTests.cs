using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.HeatMap;

public class HeatMapTests
{
    private static IEnumerable<GapScope> Scopes(World world, Random random)
    {
        var unit = world.Organisation.OrgUnits[random.Next(world.Organisation.OrgUnits.Count)].Id;
        var targets = world.Data.Roles.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(r => r.Id).ToList();
        yield return new GapScope();
        yield return new GapScope(OrgUnitId: unit);
        yield return new GapScope(TargetRoleIds: targets);
        yield return new GapScope(unit, targets, OnlyPeopleTargetingThoseRoles: true);
    }

    [Fact]
    public void The_heat_map_equals_the_plain_LINQ_reference()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var people = world.ReferencePeople();
            return Scopes(world, new Random(seed)).All(scope =>
                Same(world.Matcher.SkillGapHeatMap(scope), LinqHeatMap.Build(world.Data, people, world.Organisation.OrgUnits, scope, world.Options)));
        }, runs: 150);
    }

    private static bool Same(SkillGapHeatMap a, SkillGapHeatMap b) =>
        a.SkillIds.SequenceEqual(b.SkillIds) && SameRow(a.Total, b.Total)
        && a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(x => SameRow(x.First, x.Second));

    private static bool SameRow(HeatMapRow a, HeatMapRow b) =>
        a.OrgUnitId == b.OrgUnitId && a.Headcount == b.Headcount && a.Cells.Zip(b.Cells).All(x =>
            x.First.SkillId == x.Second.SkillId && x.First.PeopleWithGap == x.Second.PeopleWithGap
            && Math.Abs(x.First.TotalGapLevels - x.Second.TotalGapLevels) < 1e-9
            && Math.Abs(x.First.Severity - x.Second.Severity) < 1e-9);
}
