using CareerPaths.Api.Data;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Matching;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// <c>planCohorts</c>: a proposal of training cohorts for a population's gaps within a budget (L&amp;D and HR). It
/// changes nothing; <c>createCohorts</c> stores an accepted one.
/// </summary>
internal static class CohortQueries
{
    public const int MaxOfferings = 500;

    public static SchemaBuilder AddCohortQueries(this SchemaBuilder builder) => builder
        .InputObject<PlanCohortsInput>("PlanCohortsInput", t =>
        {
            t.Description("Whose gaps, which offerings may run, and the budget.");
            t.Field(i => i.Budget).Description("The most the cohorts may cost together, in the catalogue's currency; not negative.");
            t.Field(i => i.OrgUnitId).Type("ID").Description("Only people in this OrgUnit and below; everyone when absent.");
            t.Field(i => i.RoleIds).Type("[ID!]").Description("Measure people against these published roles combined; their own current role when absent.");
            t.Field(i => i.OnlyPeopleTargetingRoles).Type("Boolean!").DefaultValue(false).Description("Only people whose career goals include one of roleIds.");
            t.Field(i => i.OfferingIds).Type("[ID!]").Description($"The LearningOfferings that may run (1–{MaxOfferings}); every offering with sessions when absent.");
        })
        .Object("Query", query => query.Field("planCohorts").Type("CohortPlan!").Authorize(Policies.LearningAndDevelopment)
            .Description("Proposes cohorts (one session of one offering each, within capacity) that close the most weighted gap per cost within the budget, around the cohorts stored already (their sessions are taken, their members busy on those dates and learning those skills); only sessions starting after today. Stores nothing. L&D and HR; members are shown by name with the gaps their cohort covers, nothing else of their profile.")
            .Argument("input", "PlanCohortsInput!")
            .ResolveAsync(static async context =>
            {
                var input = context.Argument<PlanCohortsInput>("input");
                if (!double.IsFinite(input.Budget) || input.Budget < 0)
                {
                    throw MatchingErrors.Negative("input.budget", input.Budget);
                }

                var snapshot = await context.MatcherAsync();
                var scope = await GapScopeArguments.ReadAsync(context, snapshot, input.OrgUnitId, input.RoleIds, input.OnlyPeopleTargetingRoles, "input.");
                var offerings = Offerings(snapshot, input.OfferingIds);
                if (snapshot.Currencies.Count > 1)
                {
                    throw MatchingErrors.SeveralCurrencies(snapshot.Currencies);
                }

                // Stored cohorts are planned around; sessions starting today or earlier are too late to fill.
                var enrolments = await StoredEnrolmentsAsync(context, snapshot);
                var plan = snapshot.Matcher.PlanCohorts(new CohortRequest(scope, input.Budget, offerings, enrolments, snapshot.ReferenceDate.AddDays(1)));
                return new CohortPlanAnswer(plan, snapshot.Currencies.SingleOrDefault(), new CohortPopulation(snapshot, scope, enrolments), snapshot);
            }));

    private static async Task<List<Enrolment>> StoredEnrolmentsAsync(IResolverContext context, MatcherSnapshot snapshot)
    {
        var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        return await CohortEnrolments.LoadAsync(db, snapshot, people: null, context.CancellationToken);
    }

    private static List<int>? Offerings(MatcherSnapshot snapshot, IReadOnlyList<string>? ids)
    {
        const string Argument = "input.offeringIds";
        if (ids is null)
        {
            return null;
        }

        if (ids.Count is 0 or > MaxOfferings)
        {
            throw MatchingErrors.CountOutOfRange(Argument, ids.Count, 1, MaxOfferings);
        }

        var offerings = new List<int>();
        for (var i = 0; i < ids.Count; i++)
        {
            var id = MatchingIds.Parse(ids[i], MatchingIds.LearningOffering, $"{Argument}[{i}]");
            if (snapshot.Offering(id) is null)
            {
                throw MatchingErrors.OfferingNotFound($"{Argument}[{i}]", ids[i]);
            }

            if (offerings.Contains(id))
            {
                throw MatchingErrors.Duplicate(Argument, ids[i]);
            }

            offerings.Add(id);
        }

        return offerings;
    }
}
