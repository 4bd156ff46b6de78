using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>The query fields of roles: <c>roles</c> (a connection of published roles) and <c>role(code:)</c>.</summary>
internal static class RoleQueries
{
    public static SchemaBuilder AddRoleQueries(this SchemaBuilder builder) => builder
        .AddConnectionType<RoleRecord>("Role")
        .AuthorizeConnection("Role", Policies.Employee)
        .Object("Query", query =>
        {
            query.Field("roles").UseConnection("Role")
                .Description("The published roles in code order, optionally of one family and/or tier.")
                .Argument("family", "RoleFamily", "Only roles of this family.")
                .Argument("tier", "RoleTier", "Only roles of this tier.")
                .ResolveAsync(static context =>
                {
                    // Read the arguments now: the count may run after this resolver has returned.
                    var family = context.Arguments.GetValueOrDefault("family") as RoleFamily?;
                    var tier = context.Arguments.GetValueOrDefault("tier") as RoleTier?;
                    return context.ToConnectionAsync(db => Filter(db.Published(), family, tier));
                });
            query.Field("role").Type("Role")
                .Description("The published role with this code; null when there is none.")
                .Argument("code", "String!", "A role code, e.g. `cio`.")
                .ResolveAsync(static context => context.PublishedRoleByCode().LoadAsync(context.Argument<string>("code")));
        });

    private static IQueryable<RoleRecord> Filter(IQueryable<RoleProfileVersion> versions, RoleFamily? family, RoleTier? tier)
    {
        if (family is { } onlyFamily)
        {
            versions = versions.Where(version => version.Family == onlyFamily);
        }

        if (tier is { } onlyTier)
        {
            versions = versions.Where(version => version.Tier == onlyTier);
        }

        return versions.OrderBy(version => EF.Functions.Collate(version.RoleProfile.Code, Ordinal.Collation)).Select(RoleRecord.Projection);
    }
}
