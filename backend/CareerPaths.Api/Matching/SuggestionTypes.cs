using CareerPaths.Api.Identity;
using CareerPaths.Api.Roles;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Suggestions;

namespace CareerPaths.Api.Matching;

/// <summary>RoleSuggestion and the CareerMove enum (bound to the matcher's records).</summary>
internal static class SuggestionTypes
{
    public static SchemaBuilder AddSuggestionTypes(this SchemaBuilder builder) => builder
        .Enum<MoveKind>("CareerMove", e => e.Description("What taking a role would mean from where the person is."))
        .Object<RoleSuggestion>("RoleSuggestion", t =>
        {
            t.Description("A published role suggested for a person, ranked by ½·fit + ½·similarity to the current role (fit alone without one).");
            t.Authorize(Policies.Employee);
            t.Field("role").Type("Role!").ResolveAsync(static (s, context) => context.PublishedRoleById().LoadAsync(s.RoleId));
            t.Field(s => s.Move).Description("Promotion (higher tier or clearly more senior), lateral, or step back.");
            t.Field(s => s.Score).Description("The ranking score.");
            t.Field(s => s.Fit).Description("The person's fit for the role, in [0, 1].");
            t.Field(s => s.SimilarityPercentile).Description("How similar the role is to the current one among all other roles: 1 most, 0 least; null without a current role.");
            t.Field("readiness", s => s.Readiness.Readiness);
            t.Field("readinessEstimate", s => s.Readiness).Type("ReadinessEstimate!");
        });
}
