using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Organisation;

/// <summary>The GraphQL type OrgUnit: one unit of the organisation tree (no people: those go through <c>employees</c>).</summary>
internal static class OrgUnitType
{
    public static SchemaBuilder AddOrgUnitTypes(this SchemaBuilder builder) => builder
        .Object<OrgUnitRecord>("OrgUnit", t =>
        {
            t.Description("A division, department or team.");
            t.Authorize(Policies.Employee);
            t.AsNode(unit => unit.Id, static (context, id) => context.OrgUnitById().LoadAsync(id));
            t.Field(unit => unit.Code).Description("Stable kebab-case code.");
            t.Field(unit => unit.Name);
            t.Field("parent").Type("OrgUnit").Description("The enclosing unit; null at the top.")
                .ResolveAsync(static (unit, context) => unit.ParentId is { } id
                    ? context.OrgUnitById().LoadAsync(id) : Task.FromResult<OrgUnitRecord?>(null)!);
            t.Field("children").Type("[OrgUnit!]!").Description("The units directly below, in code order.")
                .ResolveAsync(static (unit, context) => context.OrgUnitChildren().LoadAsync(unit.Id));
        });
}
