using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>Every nested list of a role (skills' levels, certifications' evidences, education, transitions both ways) batches too.</summary>
public sealed class NestedListSqlCountTests(SqlCountingApiFactory api, ITestOutputHelper output) : IClassFixture<SqlCountingApiFactory>
{
    private const string EverythingAboutRoles = """
        { roles(first: 100) { totalCount nodes { id code
            requirements { skill { code levels { level descriptor } } }
            certificationRequirements { certifications { code evidences { level skill { code } } } }
            education { level fields }
            transitionsFrom { typicalYears to { code } }
            transitionsTo { from { code requirements { skill { code } } } } } } }
        """;

    [Fact]
    public async Task EveryNestedListOfRolesCostsTheSameCommandsFor21And71Roles()
    {
        var (before, seededRoles) = await SqlCounts.CountRolesQueryAsync(api, EverythingAboutRoles);
        await using (var db = api.Database.CreateContext())
        {
            await GeneratedRoles.AddAsync(db, 50);
        }

        var (after, roles) = await SqlCounts.CountRolesQueryAsync(api, EverythingAboutRoles);

        output.WriteLine($"{seededRoles} roles: {before.Count} SQL commands; {roles} roles: {after.Count} SQL commands");
        Assert.Equal((21, 71), (seededRoles, roles));
        Assert.True(after.Count == before.Count, $"before:\n{SqlCounts.Describe(before)}\nafter:\n{SqlCounts.Describe(after)}");
    }
}
