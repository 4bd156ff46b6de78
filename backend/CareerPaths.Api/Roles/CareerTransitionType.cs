using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Roles;

/// <summary>The GraphQL type CareerTransition: a curated move between two published roles.</summary>
internal static class CareerTransitionType
{
    public static SchemaBuilder AddCareerTransitionType(this SchemaBuilder builder) => builder
        .Object<CareerTransitionRecord>("CareerTransition", t =>
        {
            t.Description("A move between two roles that HR has seen work, with how long it typically takes.");
            t.Authorize(Policies.Employee);
            t.Field("from").Type("Role!").Description("The role people move out of.")
                .ResolveAsync(static (transition, context) => context.PublishedRoleById().LoadAsync(transition.FromRoleId));
            t.Field("to").Type("Role!").Description("The role people move into.")
                .ResolveAsync(static (transition, context) => context.PublishedRoleById().LoadAsync(transition.ToRoleId));
            t.Field(transition => transition.TypicalYears).Description("Typical years in the first role before the move.");
            t.Field(transition => transition.Note).Description("How people usually make the move.");
        });
}
