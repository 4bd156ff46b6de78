using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Matching;

/// <summary>
/// <c>skillGapHeatmap</c>: gap severity by org unit × skill, for L&amp;D and HR. Aggregates only — headcounts and
/// sums per unit, never a person.
/// </summary>
internal static class HeatmapQueries
{
    public static SchemaBuilder AddHeatmapQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("skillGapHeatmap").Type("SkillGapHeatmap!").Authorize(Policies.LearningAndDevelopment)
                .Description("Gap severity by org unit × skill: people in a unit (and below), measured against their own current role or against chosen target roles. L&D and HR; aggregates only.")
                .Argument("orgUnitId", "ID", "Only this OrgUnit and the units below it; everyone when absent.")
                .Argument("roleIds", "[ID!]", $"Measure everyone against these published roles combined (per skill the highest level), 1–{GapScopeArguments.MaxTargetRoles}; each person's current role when absent.")
                .Argument("onlyPeopleTargetingRoles", "Boolean!", false, "Only people whose career goals include one of roleIds.")
                .ResolveAsync(static async context =>
                {
                    var snapshot = await context.MatcherAsync();
                    var scope = await GapScopeArguments.ReadAsync(context, snapshot,
                        context.Argument<string?>("orgUnitId"), context.Argument<IReadOnlyList<string>?>("roleIds"), context.Argument<bool>("onlyPeopleTargetingRoles"));
                    return snapshot.Matcher.SkillGapHeatMap(scope);
                });
        });
}
