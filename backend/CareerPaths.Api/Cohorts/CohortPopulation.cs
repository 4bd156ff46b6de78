using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Cohorts;

/// <summary>One skill gap of a person in a cohort scope: the level needed, the effective level, the requirement's weight.</summary>
public sealed record ScopeGap(int SkillId, double Required, int Current, double Weight);

/// <summary>
/// The people of a <see cref="GapScope"/> and their gaps, as the cohort planner measures them (docs/matcher.md,
/// "Org heat map"): each person against their current role, or against the target roles combined (per skill the
/// highest required level, with that requirement's weight). Built from the matcher's public comparison, so a
/// stored cohort is checked against the same numbers the proposal was made from.
/// </summary>
internal sealed class CohortPopulation(MatcherSnapshot snapshot, GapScope scope)
{
    private readonly Lazy<HashSet<int>?> _units = new(() => scope.OrgUnitId is { } root ? Subtree(snapshot, root) : null);

    public bool Contains(int personId)
    {
        if (snapshot.Person(personId) is not { } person)
        {
            return false;
        }

        if (_units.Value is { } units && (person.OrgUnitId is not { } unit || !units.Contains(unit)))
        {
            return false;
        }

        return !scope.OnlyPeopleTargetingThoseRoles || scope.TargetRoleIds is null || person.GoalRoleIds.Any(scope.TargetRoleIds.Contains);
    }

    /// <summary>The person's open gaps in this scope, by skill id.</summary>
    public IReadOnlyList<ScopeGap> Gaps(int personId)
    {
        var roles = scope.TargetRoleIds
            ?? (snapshot.Person(personId)?.CurrentRoleId is { } current && snapshot.Matcher.Catalogue.HasRole(current) ? [current] : []);
        return [.. roles
            .SelectMany(role => snapshot.Matcher.CompareToRole(personId, role).Requirements)
            .GroupBy(requirement => requirement.SkillId)
            .Select(skill => skill.OrderByDescending(r => r.Required).ThenByDescending(r => r.Weight).First())
            .Where(requirement => requirement.Effective < requirement.Required)
            .OrderBy(requirement => requirement.SkillId)
            .Select(requirement => new ScopeGap(requirement.SkillId, requirement.Required, requirement.Effective, requirement.Weight))];
    }

    /// <summary>The weighted gap a seat in <paramref name="offering"/> would close for the person (0: nothing to learn there).</summary>
    public double GapClosedBy(int personId, LearningOffering offering) => Gaps(personId)
        .Sum(gap => offering.Raises.Where(raise => raise.SkillId == gap.SkillId)
            .Select(raise => gap.Weight * Math.Max(0, Math.Min(raise.Level, gap.Required) - gap.Current))
            .DefaultIfEmpty(0).Max());

    private static HashSet<int> Subtree(MatcherSnapshot snapshot, int root)
    {
        var children = snapshot.People.OrgUnits.Where(unit => unit.ParentId is not null).ToLookup(unit => unit.ParentId!.Value, unit => unit.Id);
        var units = new HashSet<int> { root };
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var unit))
        {
            foreach (var child in children[unit])
            {
                if (units.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return units;
    }
}
