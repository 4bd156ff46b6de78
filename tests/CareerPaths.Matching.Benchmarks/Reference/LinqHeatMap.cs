using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>
/// The heat map the plain way: every (person, requirement) gap with LINQ, grouped by (unit, skill), then each
/// unit's row summed over the units below it.
/// </summary>
public static class LinqHeatMap
{
    public static SkillGapHeatMap Build(CatalogueData catalogue, IReadOnlyList<ReferencePerson> people, IReadOnlyList<OrgUnit> units, GapScope scope, MatchingOptions options)
    {
        var parent = units.ToDictionary(u => u.Id, u => u.ParentId);
        List<int> Ancestors(int? unit) => unit is { } u && parent.ContainsKey(u) ? [u, .. Ancestors(parent[u])] : [];
        var targets = scope.TargetRoleIds?.Select(id => catalogue.Roles.Single(r => r.Id == id)).ToList();
        var targetProfile = targets?.SelectMany(LinqRoleMath.Requirements).GroupBy(q => q.SkillId)
            .Select(g => g.OrderByDescending(q => q.Level).ThenByDescending(q => LinqRoleMath.Weight(q, options)).First()).ToList();
        var roleRequirements = catalogue.Roles.ToDictionary(r => r.Id, LinqRoleMath.Requirements);
        var population = people
            .Where(p => scope.OrgUnitId is null || Ancestors(p.Profile.OrgUnitId).Contains(scope.OrgUnitId.Value))
            .Where(p => !scope.OnlyPeopleTargetingThoseRoles || targets is null || p.Profile.GoalRoleIds.Any(g => targets.Any(t => t.Id == g)))
            .ToList();
        List<RoleRequirement> RequirementsOf(ReferencePerson p) => targetProfile
            ?? (p.Profile.CurrentRoleId is { } r && roleRequirements.TryGetValue(r, out var q) ? q : []);
        var skills = (targetProfile ?? population.SelectMany(RequirementsOf)).Select(q => q.SkillId).Distinct().Order().ToList();
        // Aggregated per (own unit, skill); people without a known unit go under unit null.
        var direct = population
            .SelectMany(p => RequirementsOf(p).Where(q => p.LevelOf(q.SkillId) < q.Level)
                .Select(q => (Unit: Known(p.Profile.OrgUnitId), q.SkillId, Gap: q.Level - p.LevelOf(q.SkillId), Weighted: LinqRoleMath.Weight(q, options) * (q.Level - p.LevelOf(q.SkillId)))))
            .GroupBy(g => (g.Unit, g.SkillId), (key, gs) => (key.Unit, key.SkillId, Count: gs.Count(), Gap: gs.Sum(g => g.Gap), Weighted: gs.Sum(g => g.Weighted)))
            .ToList();
        int? Known(int? unit) => unit is { } u && parent.ContainsKey(u) ? u : null;
        var heads = population.GroupBy(p => Known(p.Profile.OrgUnitId)).Select(g => (Unit: g.Key, Count: g.Count())).ToList();
        // Each unit's row covers the units below it: spread every aggregate over its unit's ancestors.
        var rolled = direct.SelectMany(d => Ancestors(d.Unit).Select(a => (Unit: a, d)))
            .GroupBy(x => (x.Unit, x.d.SkillId), (key, xs) => (key, Count: xs.Sum(x => x.d.Count), Gap: xs.Sum(x => x.d.Gap), Weighted: xs.Sum(x => x.d.Weighted)))
            .ToDictionary(x => x.key, x => (x.Count, x.Gap, x.Weighted));
        var rolledHeads = heads.SelectMany(h => Ancestors(h.Unit).Select(a => (Unit: a, h.Count))).GroupBy(x => x.Unit).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var totals = direct.GroupBy(d => d.SkillId).ToDictionary(g => g.Key, g => (Count: g.Sum(d => d.Count), Gap: g.Sum(d => d.Gap), Weighted: g.Sum(d => d.Weighted)));
        HeatMapRow Row(int? unit, int headcount, Func<int, (int Count, double Gap, double Weighted)> cell) =>
            new(unit, headcount, [.. skills.Select(s => cell(s) is var c ? new HeatMapCell(s, c.Count, c.Gap, headcount == 0 ? 0 : c.Weighted / headcount) : default)]);
        var inScope = units.Where(u => scope.OrgUnitId is null || Ancestors(u.Id).Contains(scope.OrgUnitId.Value)).OrderBy(u => u.Id);
        return new SkillGapHeatMap(skills,
            Row(null, heads.Sum(h => h.Count), s => totals.GetValueOrDefault(s)),
            [.. inScope.Select(u => Row(u.Id, rolledHeads.GetValueOrDefault(u.Id), s => rolled.GetValueOrDefault((u.Id, s))))]);
    }
}
