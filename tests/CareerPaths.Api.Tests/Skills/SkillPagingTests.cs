using System.Text.Json;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Skills;

/// <summary>Paging through the skill connection on the seeded database: every skill exactly once, bad arguments refused.</summary>
public sealed class SkillPagingTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private static readonly string[] SeedCodes = [.. SeedFiles.Records("skills.json", "skills").Select(s => (string)s!["code"]!).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(31)]
    [InlineData(62)]
    [InlineData(100)]
    public async Task FollowingEndCursorsVisitsEverySkillExactlyOnce(int pageSize)
    {
        var codes = new List<string>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            Assert.True(page <= SeedCodes.Length, "paging did not end");
            var skills = (await api.DataAsync(
                "query($first: Int, $after: String) { skills(first: $first, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                new { first = pageSize, after })).GetProperty("skills");
            Assert.Equal(SeedCodes.Length, skills.GetProperty("totalCount").GetInt32());
            var pageInfo = skills.GetProperty("pageInfo");
            Assert.Equal(page > 0, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            codes.AddRange(skills.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!));
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(SeedCodes, codes);
    }

    [Fact]
    public async Task FollowingStartCursorsBackwardVisitsEverySkillExactlyOnce()
    {
        var codes = new List<string>();
        string? before = null;
        bool hasPreviousPage;
        do
        {
            var skills = (await api.DataAsync(
                "query($before: String) { skills(last: 9, before: $before) { nodes { code } pageInfo { hasPreviousPage startCursor } } }",
                new { before })).GetProperty("skills");
            codes.InsertRange(0, skills.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!));
            hasPreviousPage = skills.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean();
            before = skills.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (hasPreviousPage);

        Assert.Equal(SeedCodes, codes);
    }

    [Fact]
    public async Task WithoutFirstThePageHasTwentySkills()
    {
        var skills = (await api.DataAsync("{ skills { nodes { code } pageInfo { hasNextPage } } }")).GetProperty("skills");

        Assert.Equal(SeedCodes.Take(20), skills.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.True(skills.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("{ skills(first: -1) { totalCount } }", "\"first\" must be between 0 and 100, but was -1.", "BAD_USER_INPUT")]
    [InlineData("{ skills(first: 101) { totalCount } }", "\"first\" must be between 0 and 100, but was 101.", "BAD_USER_INPUT")]
    [InlineData("{ skills(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", "Invalid cursor in \"after\": \"bm90LWEtY3Vyc29y\" is not a cursor of this connection.", "BAD_USER_INPUT")]
    [InlineData("{ roles(last: 1000) { totalCount } }", "\"last\" must be between 0 and 100, but was 1000.", "BAD_USER_INPUT")]
    [InlineData("{ certifications(before: \"!!\") { totalCount } }", "Invalid cursor in \"before\": \"!!\" is not a cursor of this connection.", "BAD_USER_INPUT")]
    public async Task BadPagingArgumentsAreClearClientErrors(string query, string message, string code)
    {
        var response = await api.GraphQLAsync(query);

        var error = response.SingleError();
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task AnArgumentOfTheWrongTypeIsAValidationError()
    {
        var response = await api.GraphQLAsync("{ skills(first: \"ten\") { totalCount } }");

        var error = response.SingleError();
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.TryGetProperty("data", out _));
    }
}
