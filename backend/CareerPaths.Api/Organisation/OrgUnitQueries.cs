using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Organisation;

/// <summary>The query fields of the organisation tree: <c>orgUnits</c> (the top units) and <c>orgUnit(code:)</c>.</summary>
internal static class OrgUnitQueries
{
    public static SchemaBuilder AddOrgUnitQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("orgUnits").Type("[OrgUnit!]!").Authorize(Policies.Employee)
                .Description("The top units of the organisation tree in code order; walk down with `children`.")
                .ResolveAsync(static async context =>
                {
                    await using var db = await DatabaseLoaders.Contexts(context).CreateDbContextAsync(context.CancellationToken);
                    return await db.OrgUnits.AsNoTracking()
                        .Where(unit => unit.ParentId == null)
                        .OrderBy(unit => EF.Functions.Collate(unit.Code, Ordinal.Collation))
                        .Select(unit => new OrgUnitRecord(unit.Id, unit.Code, unit.Name, unit.ParentId))
                        .ToListAsync(context.CancellationToken);
                });
            query.Field("orgUnit").Type("OrgUnit").Authorize(Policies.Employee)
                .Description("The unit with this code; null when there is none.")
                .Argument("code", "String!", "An org unit code.")
                .ResolveAsync(static async context =>
                {
                    var code = context.Argument<string>("code");
                    await using var db = await DatabaseLoaders.Contexts(context).CreateDbContextAsync(context.CancellationToken);
                    return await db.OrgUnits.AsNoTracking()
                        .Where(unit => unit.Code == code)
                        .Select(unit => new OrgUnitRecord(unit.Id, unit.Code, unit.Name, unit.ParentId))
                        .SingleOrDefaultAsync(context.CancellationToken);
                });
        });
}
