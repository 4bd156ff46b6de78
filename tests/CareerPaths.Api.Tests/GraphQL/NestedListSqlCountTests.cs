using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>Every nested list of a role (skills' levels, certifications' evidences, education, transitions both ways) batches too.</summary>
[Collection(SqlCountCollection.Name)]
public sealed class NestedListSqlCountTests(SqlCountingApiFactory api, ITestOutputHelper output) : IClassFixture<SqlCountingApiFactory>
{
    // The viewer's employee lookup (one per request), then one command per loader and level: count and page;
    // requirements, certification groups, education and the transitions both ways; skills, certifications and the
    // transitions' roles; levels and evidences; then the evidences' skills — unless every one of them was loaded
    // already as a requirement's skill (so 14 or 13 by the data, never by timing: the execution loop dispatches a
    // level only once the last level's batches are all in). The transitions' roles' requirements are in the loaders' caches.
    private const int MaxCommands = 14;
    private const int MinCommands = 13;

    private const string EverythingAboutRoles = """
        { roles(first: 100) { totalCount nodes { id code
            requirements { skill { code levels { level descriptor } } }
            certificationRequirements { certifications { code evidences { level skill { code } } } }
            education { level fields }
            transitionsFrom { typicalYears to { code } }
            transitionsTo { from { code requirements { skill { code } } } } } } }
        """;

    [Fact]
    public async Task EveryNestedListOfRolesCostsAtMostOneCommandPerLoaderAndLevelFor21And71Roles()
    {
        var (before, seededRoles) = await SqlCounts.CountRolesQueryAsync(api, EverythingAboutRoles);
        await using (var db = api.Database.CreateContext())
        {
            await GeneratedRoles.AddAsync(db, 50);
        }

        var (after, roles) = await SqlCounts.CountRolesQueryAsync(api, EverythingAboutRoles);

        output.WriteLine($"{seededRoles} roles: {before.Count} SQL commands; {roles} roles: {after.Count} SQL commands");
        Assert.Equal((21, 71), (seededRoles, roles));
        Assert.True(before.Count is >= MinCommands and <= MaxCommands, SqlCounts.Describe(before));
        Assert.True(after.Count is >= MinCommands and <= MaxCommands, SqlCounts.Describe(after));
    }
}
