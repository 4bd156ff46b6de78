using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Matching;

/// <summary>
/// Reads the population a heat map or cohort plan is about — an org unit (and below), target roles, whether only
/// people aiming at them count — into the matcher's <see cref="GapScope"/>, checking every id. A problem is a
/// <see cref="MatcherArgumentException"/> naming the argument (a prefix such as <c>input.</c> puts it inside an input).
/// </summary>
internal static class GapScopeArguments
{
    public const int MaxTargetRoles = 50;

    public static async Task<GapScope> ReadAsync(
        IResolverContext context, MatcherSnapshot snapshot, string? orgUnitId, IReadOnlyList<string>? roleIds, bool onlyTargeting, string prefix = "")
    {
        var unitArgument = prefix + "orgUnitId";
        var unit = MatchingIds.ParseOptional(orgUnitId, MatchingIds.OrgUnit, unitArgument);
        if (unit is { } unitId && !snapshot.HasOrgUnit(unitId))
        {
            throw MatchingErrors.OrgUnitNotFound(unitArgument, orgUnitId!);
        }

        var roleArgument = prefix + "roleIds";
        if (roleIds is { Count: 0 or > MaxTargetRoles })
        {
            throw MatchingErrors.CountOutOfRange(roleArgument, roleIds.Count, 1, MaxTargetRoles);
        }

        var roles = roleIds?.Select((text, i) => (Id: MatchingIds.Parse(text, MatchingIds.Role, $"{roleArgument}[{i}]"), Text: text, Argument: $"{roleArgument}[{i}]")).ToList();
        if (roles?.GroupBy(role => role.Id).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw MatchingErrors.Duplicate(roleArgument, duplicate.First().Text);
        }

        if (roles is not null)
        {
            await MatcherAccess.RequirePublishedAsync(context, snapshot, roles);
        }
        else if (onlyTargeting)
        {
            throw MatchingErrors.Needs(prefix + "onlyPeopleTargetingRoles", roleArgument);
        }

        return new GapScope(unit, roles?.Select(role => role.Id).ToList(), onlyTargeting);
    }
}
