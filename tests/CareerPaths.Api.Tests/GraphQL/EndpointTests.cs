using System.Text.Json;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.Api.Tests.Roles;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>The catalogue through POST /graphql: the endpoint serves the product schema with its data and errors.</summary>
public sealed class EndpointTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public async Task TheEndpointServesEveryRoleWithItsRequirementsAsRolesJsonSays()
    {
        var (status, mediaType, body) = await api.PostGraphQLAsync("""
            query Roles { roles(first: 100) { nodes { code name family tier side description responsibilities minimumExperienceYears
              education { level fields required }
              requirements { skill { code } requiredLevel importance essential }
              certificationRequirements { required certifications { code } }
              sources versionNumber status } } }
            """);

        Assert.Equal((200, HttpRequests.ResponseMediaType), (status, mediaType));
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        var seed = SeedFiles.Records("roles.json", "roles").OrderBy(r => (string)r!["code"]!, StringComparer.Ordinal);
        SeedFiles.AssertSameJson(SeedFiles.Array(seed.Select(RoleCatalogueTests.Expected)),
            body.GetProperty("data").GetProperty("roles").GetProperty("nodes"), "roles over HTTP");
    }

    [Fact]
    public async Task ANodeIdReadOverHttpFindsItsObjectAgain()
    {
        var (_, _, skill) = await api.PostGraphQLAsync("{ skill(code: \"it-governance\") { id name } }");
        var id = skill.GetProperty("data").GetProperty("skill").GetProperty("id").GetString();

        var (status, _, node) = await api.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id ... on Skill { name } } }", new { id });

        Assert.Equal(200, status);
        Assert.Equal(skill.GetProperty("data").GetProperty("skill").GetRawText(), node.GetProperty("data").GetProperty("node").GetRawText());
    }

    [Fact]
    public async Task ABadPageSizeIsAnExecutionErrorWithStatus200()
    {
        var (status, _, body) = await api.PostGraphQLAsync("query($n: Int) { roles(first: $n) { totalCount } }", new { n = -5 });

        Assert.Equal(200, status);
        var error = body.SingleError();
        Assert.Equal("\"first\" must be between 0 and 100, but was -5.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task AnUnknownFieldIsAValidationErrorWithStatus400AndNoData()
    {
        var (status, _, body) = await api.PostGraphQLAsync("{ roles { nodes { salary } } }");

        Assert.Equal(400, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.SingleError().GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task AMalformedIdOverHttpIsAClientErrorNotA500()
    {
        var (status, _, body) = await api.PostGraphQLAsync("{ node(id: \"%%%\") { id } }");

        Assert.Equal(200, status);
        Assert.Equal("BAD_USER_INPUT", body.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }
}
