using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Matching;

/// <summary>
/// Reads the population a heat map or cohort plan is about — an org unit (and below), target roles, whether only
/// people aiming at them count — into the matcher's <see cref="GapScope"/>, checking every id.
/// </summary>
internal static class GapScopeArguments
{
    public const int MaxTargetRoles = 50;

    public static async Task<GapScope> ReadAsync(
        IResolverContext context, MatcherSnapshot snapshot, string? orgUnitId, IReadOnlyList<string>? roleIds, bool onlyTargeting, string prefix = "")
    {
        var unit = MatchingIds.ParseOptional(orgUnitId, MatchingIds.OrgUnit, prefix + "orgUnitId");
        if (unit is { } unitId && !snapshot.HasOrgUnit(unitId))
        {
            throw MatchingErrors.OrgUnitNotFound(orgUnitId!);
        }

        var roleArgument = prefix + "roleIds";
        if (roleIds is { Count: 0 or > MaxTargetRoles })
        {
            throw MatchingErrors.OutOfRange($"{roleArgument} (number of roles)", roleIds.Count, 1, MaxTargetRoles);
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

        if (onlyTargeting && roles is null)
        {
            throw new CareerPaths.GraphQL.Execution.GraphQLException(
                $"\"{prefix}onlyPeopleTargetingRoles\" needs \"{roleArgument}\": which roles should people be aiming at?",
                CareerPaths.GraphQL.Errors.ErrorCodes.BadUserInput);
        }

        return new GapScope(unit, roles?.Select(role => role.Id).ToList(), onlyTargeting);
    }
}
