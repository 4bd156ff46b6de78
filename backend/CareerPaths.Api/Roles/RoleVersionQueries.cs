using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>HR's query fields over every version of role profiles: <c>roleVersions(roleCode:)</c> and <c>roleDrafts</c>.</summary>
internal static class RoleVersionQueries
{
    public static SchemaBuilder AddRoleVersionQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("roleVersions").Type("[RoleVersion!]!").Authorize(Policies.HR)
                .Description("Every version of the role with this code, newest first (HR only); empty for an unknown code.")
                .Argument("roleCode", "String!", "A role code.")
                .ResolveAsync(static async context =>
                {
                    var code = context.Argument<string>("roleCode");
                    await using var db = await DatabaseLoaders.Contexts(context).CreateDbContextAsync(context.CancellationToken);
                    return await db.RoleProfileVersions.AsNoTracking()
                        .Where(version => version.RoleProfile.Code == code)
                        .OrderByDescending(version => version.VersionNumber)
                        .Select(RoleVersionRecord.Projection)
                        .ToListAsync(context.CancellationToken);
                });
            query.Field("roleDrafts").Type("[RoleVersion!]!").Authorize(Policies.HR)
                .Description("Every draft waiting to be published, in role code order (HR only).")
                .ResolveAsync(static async context =>
                {
                    await using var db = await DatabaseLoaders.Contexts(context).CreateDbContextAsync(context.CancellationToken);
                    return await db.RoleProfileVersions.AsNoTracking()
                        .Where(version => version.Status == RoleVersionStatus.Draft)
                        .OrderBy(version => EF.Functions.Collate(version.RoleProfile.Code, Ordinal.Collation))
                        .Select(RoleVersionRecord.Projection)
                        .ToListAsync(context.CancellationToken);
                });
        });
}
