using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>The heat map the plain way: every (person, requirement) gap with LINQ, grouped by ancestor unit and skill.</summary>
public static class LinqHeatMap
{
    public static SkillGapHeatMap Build(CatalogueData catalogue, IReadOnlyList<ReferencePerson> people, IReadOnlyList<OrgUnit> units, GapScope scope, MatchingOptions options)
    {
        var parent = units.ToDictionary(u => u.Id, u => u.ParentId);
        List<int> Ancestors(int? unit) => unit is { } u && parent.ContainsKey(u) ? [u, .. Ancestors(parent[u])] : [];
        var targets = scope.TargetRoleIds?.Select(id => catalogue.Roles.Single(r => r.Id == id)).ToList();
        var targetProfile = targets?.SelectMany(LinqRoleMath.Requirements).GroupBy(q => q.SkillId)
            .Select(g => g.OrderByDescending(q => q.Level).ThenByDescending(q => LinqRoleMath.Weight(q, options)).First()).ToList();
        var population = people
            .Where(p => scope.OrgUnitId is null || Ancestors(p.Profile.OrgUnitId).Contains(scope.OrgUnitId.Value))
            .Where(p => !scope.OnlyPeopleTargetingThoseRoles || targets is null || p.Profile.GoalRoleIds.Any(g => targets.Any(t => t.Id == g)))
            .ToList();
        List<RoleRequirement> RequirementsOf(ReferencePerson p) => targetProfile
            ?? catalogue.Roles.Where(r => r.Id == p.Profile.CurrentRoleId).Select(LinqRoleMath.Requirements).FirstOrDefault() ?? [];
        var skills = (targetProfile ?? population.SelectMany(RequirementsOf)).Select(q => q.SkillId).Distinct().Order().ToList();
        var gaps = population
            .SelectMany(p => RequirementsOf(p).Where(q => p.LevelOf(q.SkillId) < q.Level)
                .Select(q => (Person: p, q.SkillId, Gap: q.Level - p.LevelOf(q.SkillId), Weight: LinqRoleMath.Weight(q, options))))
            .ToList();
        HeatMapRow Row(int? unit, List<ReferencePerson> members)
        {
            var ids = members.Select(m => m.Id).ToHashSet();
            var mine = gaps.Where(g => ids.Contains(g.Person.Id)).ToList();
            return new HeatMapRow(unit, members.Count, [.. skills.Select(s =>
            {
                var cell = mine.Where(g => g.SkillId == s).ToList();
                return new HeatMapCell(s, cell.Count, cell.Sum(g => g.Gap), members.Count == 0 ? 0 : cell.Sum(g => g.Weight * g.Gap) / members.Count);
            })]);
        }
        var inScope = units.Where(u => scope.OrgUnitId is null || Ancestors(u.Id).Contains(scope.OrgUnitId.Value)).OrderBy(u => u.Id);
        var byUnit = population.SelectMany(p => Ancestors(p.Profile.OrgUnitId).Select(a => (Unit: a, Person: p)))
            .ToLookup(x => x.Unit, x => x.Person);
        return new SkillGapHeatMap(skills, Row(null, population), [.. inScope.Select(u => Row(u.Id, [.. byUnit[u.Id]]))]);
    }
}
