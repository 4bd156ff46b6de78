using CareerPaths.Api.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Succession;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Matching;

/// <summary>
/// Succession: <c>successionCandidates</c> (a connection; HR sees everyone, a manager only their reporting line —
/// the ranking is the organisation's, filtered, so a manager's page never holds or counts anybody else) and
/// <c>successionRisks</c> (HR and L&amp;D: roles nobody could take within a year, with their bench strength — counts, no names).
/// </summary>
internal static class SuccessionQueries
{
    public static SchemaBuilder AddSuccessionQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("successionCandidates").UseConnection("SuccessionCandidate").Authorize(Policies.Manager)
                .Description("People ranked for a published role (its incumbents left out): readiness first, then fit, then id. Managers and HR: HR sees everyone, a manager their reporting line (the organisation's ranking with everyone else left out, also from the count).")
                .Argument("roleId", "ID!", "A published Role's id.")
                .ResolveAsync(static async context =>
                {
                    var arguments = ConnectionArguments.From(context);
                    var snapshot = await context.MatcherAsync();
                    var roleId = await MatcherAccess.PublishedRoleAsync(context, snapshot, "roleId");
                    var visible = await VisibleIdsAsync(context);
                    var ranked = snapshot.Matcher.Succession(roleId);
                    IReadOnlyList<SuccessionCandidate> candidates = visible is null ? ranked : [.. ranked.Where(c => visible.Contains(c.PersonId))];
                    return await ConnectionSlice.FromList(candidates, arguments);
                });
            // Counts over the whole organisation and no names: an aggregate, so L&D may plan training for these roles too.
            query.Field("successionRisks").Type("[BenchStrength!]!").Authorize(Policies.LearningAndDevelopment)
                .Description("Published roles nobody (incumbents left out) could take within a year, with their bench strength (counts only), in role id order. HR and L&D.")
                .ResolveAsync(static async context => (await context.MatcherAsync()).Matcher.SuccessionRisks());
        });

    /// <summary>The ids of the people the viewer may see; null for HR (everyone, without a query).</summary>
    private static async Task<HashSet<int>?> VisibleIdsAsync(IResolverContext context)
    {
        var viewer = await context.ViewerAsync();
        if (viewer.IsHR)
        {
            return null;
        }

        var (db, visible) = await ScopedLoaders.OpenAsync(context.RequestServices, context.CancellationToken);
        await using (db)
        {
            return [.. await visible.Select(employee => employee.Id).ToListAsync(context.CancellationToken)];
        }
    }
}
