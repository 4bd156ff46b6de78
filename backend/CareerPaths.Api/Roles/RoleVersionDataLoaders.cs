using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>The request's loader of role versions of any status (the RoleVersion type is HR-only).</summary>
internal static class RoleVersionDataLoaders
{
    public static BatchDataLoader<int, RoleVersionRecord> RoleVersionById(this IResolverContext context) =>
        context.BatchLoader<int, RoleVersionRecord>("Roles.VersionById", static (db, ids, cancellationToken) => db.RoleProfileVersions.AsNoTracking()
            .Where(version => ids.Contains(version.Id))
            .Select(RoleVersionRecord.Projection)
            .ToDictionaryAsync(version => version.Id, cancellationToken));
}
