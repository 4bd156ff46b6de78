using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// Related data goes through DataLoaders, one batched query per level and loader: reading every role with its
/// requirements, their skills and the certification groups costs the same number of SQL commands for 21 roles
/// as for 71 (no N+1). The commands are counted by an EF interceptor in the test host.
/// </summary>
[Collection(SqlCountCollection.Name)]
public sealed class SqlCommandCountTests(SqlCountingApiFactory api, ITestOutputHelper output) : IClassFixture<SqlCountingApiFactory>
{
    // The viewer's employee lookup (one per request, Identity/ViewerAccessor), then the count, the page of roles,
    // requirements, their skills, certification groups, their certifications.
    private const int Expected = 7;

    private const string RolesWithRequirements = """
        { roles(first: 100) { totalCount nodes { code name
            requirements { requiredLevel importance essential skill { code name category } }
            certificationRequirements { required certifications { code name } } } } }
        """;

    [Fact]
    public async Task RolesWithRequirementsSkillsAndCertificationsCostTheSameCommandsFor21And71Roles()
    {
        var (seeded, seededRoles) = await CountAsync(RolesWithRequirements);
        await AddRolesAsync();
        var (grown, grownRoles) = await CountAsync(RolesWithRequirements);

        output.WriteLine($"{seededRoles} roles: {seeded.Count} SQL commands; {grownRoles} roles: {grown.Count} SQL commands");
        Assert.Equal(21, seededRoles);
        Assert.Equal(71, grownRoles);
        Assert.True(seeded.Count == Expected, Describe(seeded));
        Assert.True(grown.Count == seeded.Count, Describe(grown));
    }

    [Fact]
    public async Task NodesOfOneTypeAreFetchedInOneCommand()
    {
        var ids = (await api.DataAsync("{ roles(first: 100) { nodes { id } } }"))
            .GetProperty("roles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToArray();

        api.Sql.Reset();
        var nodes = (await api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).GetProperty("nodes");

        Assert.Equal(ids, nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        output.WriteLine($"nodes(ids:) with {ids.Length} role ids: {api.Sql.Count} SQL command(s)");
        // The viewer's employee lookup, then one command for all the roles.
        Assert.True(api.Sql.Count == 2, Describe(api.Sql.Commands));
    }

    private Task<(IReadOnlyList<string> Commands, int Roles)> CountAsync(string query) => SqlCounts.CountRolesQueryAsync(api, query);

    private async Task AddRolesAsync()
    {
        await using var db = api.Database.CreateContext();
        await GeneratedRoles.AddAsync(db, 50);
    }

    private static string Describe(IReadOnlyList<string> commands) => SqlCounts.Describe(commands);

}
