using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Api.Matching;

/// <summary>
/// The matcher's questions about one person: <c>compareToRole</c>, <c>suggestedRoles</c>, <c>developmentPaths</c>
/// and <c>learningPlan</c>. Anyone signed in may ask them about a person they may see (themselves; a manager their
/// reporting line; HR anyone); the answers come from the read model (docs/matcher.md, "API").
/// </summary>
internal static class MatchingQueries
{
    public const int MaxSuggestions = 100;
    public const int MaxPaths = 10;
    public const int MaxPathSteps = 6;

    private const string PersonRule =
        "About the viewer, someone in their reporting line (managers), or anyone (HR); FORBIDDEN for anyone else, as `employee(id:)`.";

    public static SchemaBuilder AddMatchingQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("compareToRole").Type("RoleComparison!").Authorize(Policies.Employee)
                .Description("How far a person is from a published role: fit, every requirement and certification group explained, readiness. " + PersonRule)
                .Argument("employeeId", "ID!", "The person (an Employee id) — the viewer, someone in their reporting line, or anyone for HR.")
                .Argument("roleId", "ID!", "A published Role's id.")
                .ResolveAsync(static async context =>
                {
                    var employeeId = await MatcherAccess.VisibleEmployeeAsync(context);
                    var snapshot = await context.MatcherAsync();
                    MatcherAccess.RequirePerson(snapshot, employeeId, context);
                    var roleId = await MatcherAccess.PublishedRoleAsync(context, snapshot, "roleId");
                    return snapshot.Matcher.CompareToRole(employeeId, roleId);
                });
            query.Field("suggestedRoles").Type("[RoleSuggestion!]!").Authorize(Policies.Employee).ListSize("first")
                .Description("Published roles ranked for a person (the role they hold left out), labelled promotion, lateral or step back. " + PersonRule)
                .Argument("employeeId", "ID!", "The person (an Employee id).")
                .Argument("first", "Int!", 10, $"How many roles, 1–{MaxSuggestions}.")
                .ResolveAsync(static async context =>
                {
                    var first = MatcherAccess.IntInRange(context, "first", 1, MaxSuggestions);
                    var employeeId = await MatcherAccess.VisibleEmployeeAsync(context);
                    var snapshot = await context.MatcherAsync();
                    MatcherAccess.RequirePerson(snapshot, employeeId, context);
                    return snapshot.Matcher.SuggestRoles(employeeId, first);
                });
            query.Field("developmentPaths").Type("[DevelopmentPath!]!").Authorize(Policies.Employee).ListSize("first")
                .Description("The best routes from the person's current role (or skills) to a target role, quickest first; routes breaking a segregation-of-duties rule are flagged, not dropped. " + PersonRule)
                .Argument("employeeId", "ID!", "The person (an Employee id).")
                .Argument("targetRoleId", "ID!", "A published Role's id.")
                .Argument("first", "Int!", 3, $"How many routes, 1–{MaxPaths}.")
                .Argument("maxSteps", "Int", $"Most steps a route may take, 1–{MaxPathSteps}; 4 when absent.")
                .ResolveAsync(static async context =>
                {
                    var first = MatcherAccess.IntInRange(context, "first", 1, MaxPaths);
                    int? maxSteps = context.Argument<int?>("maxSteps") is null ? null : MatcherAccess.IntInRange(context, "maxSteps", 1, MaxPathSteps);
                    var employeeId = await MatcherAccess.VisibleEmployeeAsync(context);
                    var snapshot = await context.MatcherAsync();
                    MatcherAccess.RequirePerson(snapshot, employeeId, context);
                    var roleId = await MatcherAccess.PublishedRoleAsync(context, snapshot, "targetRoleId");
                    return snapshot.Matcher.DevelopmentPaths(employeeId, roleId, first, maxSteps);
                });
            query.Field("learningPlan").Type("LearningPlan!").Authorize(Policies.Employee)
                .Description("The cheapest set of learning offerings (by hours or by money) that closes every gap of a person for a role. " + PersonRule)
                .Argument("employeeId", "ID!", "The person (an Employee id).")
                .Argument("roleId", "ID!", "A published Role's id.")
                .Argument("objective", "LearningObjective!", LearningObjective.Hours, "What to minimise.")
                .ResolveAsync(static async context =>
                {
                    var objective = context.Argument<LearningObjective>("objective");
                    var employeeId = await MatcherAccess.VisibleEmployeeAsync(context);
                    var snapshot = await context.MatcherAsync();
                    MatcherAccess.RequirePerson(snapshot, employeeId, context);
                    var roleId = await MatcherAccess.PublishedRoleAsync(context, snapshot, "roleId");
                    if (objective == LearningObjective.Cost && snapshot.Currencies.Count > 1)
                    {
                        throw MatchingErrors.SeveralCurrencies(snapshot.Currencies);
                    }

                    return new LearningPlanAnswer(
                        snapshot.Matcher.LearningPlan(employeeId, roleId, objective), objective,
                        snapshot.Currencies.Count == 1 ? snapshot.Currencies[0] : null);
                });
        });
}
