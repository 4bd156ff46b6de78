using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.HeatMap;

/// <summary>A requirement some people are measured against (skill column, level, weight).</summary>
internal readonly record struct GapRequirement(int Column, double Level, double Weight);

/// <summary>The people a <see cref="GapScope"/> selects, grouped by the requirements they are measured against.</summary>
internal sealed class GapPopulation
{
    private readonly List<(int[] People, GapRequirement[] Requirements)> _groups;

    private GapPopulation(int[] people, bool[] units, List<(int[] People, GapRequirement[] Requirements)> groups)
    {
        People = people;
        Units = units;
        _groups = groups;
    }

    /// <summary>Person indexes in scope, ascending.</summary>
    public int[] People { get; }

    /// <summary>Org units in scope (the chosen unit and below, or all).</summary>
    public bool[] Units { get; }

    public IReadOnlyList<(int[] People, GapRequirement[] Requirements)> Groups() => _groups;

    public int[] SkillColumns() => [.. _groups.SelectMany(g => g.Requirements).Select(r => r.Column).Distinct().Order()];

    public static GapPopulation Select(Workforce workforce, GapScope scope)
    {
        var catalogue = workforce.Catalogue;
        var units = scope.OrgUnitId is { } unitId
            ? workforce.OrgUnits.Subtree(workforce.OrgUnits.IndexOrMinusOne(unitId) is var root && root >= 0
                ? root : throw new ArgumentException($"Unknown org unit {unitId}.", nameof(scope)))
            : Enumerable.Repeat(true, workforce.OrgUnits.Count).ToArray();
        var targets = scope.TargetRoleIds?.Distinct().Select(catalogue.Role).ToArray();
        var targetIds = targets?.Select(r => r.Id).ToHashSet();
        var people = Enumerable.Range(0, workforce.Count)
            .Where(p => scope.OrgUnitId is null || (workforce.OrgUnitOf[p] >= 0 && units[workforce.OrgUnitOf[p]]))
            .Where(p => !scope.OnlyPeopleTargetingThoseRoles || targetIds is null || workforce.People[p].GoalRoleIds.Any(targetIds.Contains))
            .ToArray();
        var groups = targets is null ? ByCurrentRole(workforce, people) : [(people, Combined(targets))];
        return new GapPopulation(people, units, groups);
    }

    private static List<(int[], GapRequirement[])> ByCurrentRole(Workforce workforce, int[] people) =>
        [.. people.Where(p => workforce.CurrentRole[p] >= 0)
            .GroupBy(p => workforce.CurrentRole[p])
            .OrderBy(g => g.Key)
            .Select(g => (g.ToArray(), Requirements(workforce.Catalogue.Roles[g.Key])))];

    private static GapRequirement[] Requirements(IndexedRole role) =>
        [.. Enumerable.Range(0, role.RequirementCount).Select(q => new GapRequirement(role.Columns[q], role.Levels[q], role.Weights[q]))];

    /// <summary>Per skill the highest required level among the roles, with that requirement's weight (the higher on a tie).</summary>
    internal static GapRequirement[] Combined(IEnumerable<IndexedRole> roles) =>
        [.. roles.SelectMany(Requirements)
            .GroupBy(r => r.Column)
            .Select(g => g.OrderByDescending(r => r.Level).ThenByDescending(r => r.Weight).First())
            .OrderBy(r => r.Column)];
}
