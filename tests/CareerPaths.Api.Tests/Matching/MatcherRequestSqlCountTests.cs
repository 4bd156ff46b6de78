using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// A per-person question costs a constant number of SQL commands once the read model is loaded: the viewer, one
/// version check per request (however many matcher fields it selects), the person through the scoped employee
/// loader (the visibility check), and one batch per loader level of what is selected (roles, skills,
/// certifications, offerings) — never a query per requirement, and never the people's tables again.
/// </summary>
[Collection(SqlCountCollection.Name)]
public sealed class MatcherRequestSqlCountTests(SqlCountingApiFactory api, ITestOutputHelper output) : IClassFixture<SqlCountingApiFactory>
{
    private const string Selection = $$"""{{ComparisonShapes.Comparison}}""";

    private static readonly string[] PeopleTables = ["\"SkillEvidence\"", "\"EmployeeCertifications\"", "\"CareerGoals\"", "\"RoleRequirements\""];

    [Fact]
    public async Task CompareToRoleCostsTheSameForARoleWithFewRequirementsAsForOneWithMany()
    {
        var (few, many) = await RolesWithFewestAndMostRequirementsAsync();
        var person = (await api.PersonasAsync()).EmployeeId(PersonaPicker.Employee);
        await CountAsync(PersonaPicker.Employee, Query(person, few)); // loads the read model

        var small = await CountAsync(PersonaPicker.Employee, Query(person, few));
        var large = await CountAsync(PersonaPicker.Employee, Query(person, many));

        output.WriteLine($"few requirements: {small.Count} commands, many: {large.Count}");
        Assert.True(small.Count == large.Count, SqlCounts.Describe(large));
        Assert.True(small.Count <= 10, SqlCounts.Describe(small));
        Assert.Single(large, command => command.Contains("\"MatcherDataVersions\"", StringComparison.Ordinal));
        Assert.DoesNotContain(large, command => PeopleTables.Any(table => command.Contains(table, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ThreeQuestionsInOneRequestCheckTheVersionsOnceAndReuseTheLoadedModel()
    {
        var (few, many) = await RolesWithFewestAndMostRequirementsAsync();
        var personas = await api.PersonasAsync();
        var person = personas.EmployeeId(PersonaPicker.Employee);
        await CountAsync(PersonaPicker.Manager, Query(person, few));
        var loads = api.Services.GetRequiredService<MatcherReadModel>().Loads;

        var one = await CountAsync(PersonaPicker.Manager, Query(person, many));
        var three = await CountAsync(PersonaPicker.Manager, $$"""
            {
              a: compareToRole(employeeId: "{{Id("Employee", person)}}", roleId: "{{Id("Role", few)}}") { {{Selection}} }
              b: compareToRole(employeeId: "{{Id("Employee", person)}}", roleId: "{{Id("Role", many)}}") { {{Selection}} }
              c: suggestedRoles(employeeId: "{{Id("Employee", person)}}", first: 3) { role { id } readinessEstimate { offerings { id } } }
            }
            """);

        output.WriteLine($"one question: {one.Count} commands, three: {three.Count}");
        Assert.Equal(loads, api.Services.GetRequiredService<MatcherReadModel>().Loads);
        Assert.Single(three, command => command.Contains("\"MatcherDataVersions\"", StringComparison.Ordinal));
        Assert.DoesNotContain(three, command => PeopleTables.Any(table => command.Contains(table, StringComparison.Ordinal)));
        // Loaders batch per dispatch: how many of the three fields' loads share one depends on timing, so the bound
        // is "at most one batch per field and level" — a constant, whatever the data.
        Assert.True(three.Count <= 3 * one.Count, SqlCounts.Describe(three));
    }

    private static string Id(string type, int key) => GlobalId.Encode(type, key);

    private static string Query(int person, int role) =>
        $$"""{ compareToRole(employeeId: "{{Id("Employee", person)}}", roleId: "{{Id("Role", role)}}") { {{Selection}} } }""";

    private async Task<IReadOnlyList<string>> CountAsync(string persona, string query)
    {
        _ = api.Services;
        api.Sql.Reset();
        await api.DataAsync(query, persona: persona);
        return api.Sql.Commands;
    }

    private async Task<(int Few, int Many)> RolesWithFewestAndMostRequirementsAsync()
    {
        var roles = (await api.Services.GetRequiredService<MatcherReadModel>().CurrentAsync()).Catalogue.Data.Roles
            .OrderBy(role => role.Requirements.Count).ThenBy(role => role.Id).ToList();
        output.WriteLine($"requirements: {roles[0].Requirements.Count} (role {roles[0].Id}) and {roles[^1].Requirements.Count} (role {roles[^1].Id})");
        Assert.True(roles[^1].Requirements.Count > roles[0].Requirements.Count);
        return (roles[0].Id, roles[^1].Id);
    }
}
