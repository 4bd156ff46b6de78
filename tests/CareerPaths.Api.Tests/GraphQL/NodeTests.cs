using System.Text.Json;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>Global ids of the catalogue: every node type round-trips through <c>node(id:)</c>; bad ids are clear errors.</summary>
public sealed class NodeTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Theory]
    [InlineData("skills", "Skill")]
    [InlineData("roles", "Role")]
    [InlineData("certifications", "Certification")]
    public async Task EveryObjectOfANodeTypeIsFoundAgainByItsId(string connection, string typeName)
    {
        var items = (await api.DataAsync($"{{ {connection}(first: 100) {{ nodes {{ id code }} }} }}"))
            .GetProperty(connection).GetProperty("nodes").EnumerateArray().ToArray();
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToArray();

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var nodes = (await api.DataAsync(
            $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ __typename id ... on {typeName} {{ code }} }} }}", new { ids })).GetProperty("nodes");
        Assert.Equal(
            items.Select(i => (typeName, i.GetProperty("id").GetString(), i.GetProperty("code").GetString())),
            nodes.EnumerateArray().Select(n => (n.GetProperty("__typename").GetString()!, n.GetProperty("id").GetString(), n.GetProperty("code").GetString())));

        var one = (await api.DataAsync($"{{ node(id: \"{ids[^1]}\") {{ id ... on {typeName} {{ code }} }} }}")).GetProperty("node");
        Assert.Equal(items[^1].GetRawText(), one.GetRawText());
    }

    [Fact]
    public async Task IdsAreOpaqueBase64UrlOfTypeAndKey()
    {
        var id = (await api.DataAsync("{ role(code: \"cio\") { id } }")).GetProperty("role").GetProperty("id").GetString();

        Assert.True(GlobalId.TryDecode(id, out var decoded, out _));
        Assert.Equal("Role", decoded.TypeName);
        Assert.True(int.TryParse(decoded.LocalId, out _));
    }

    [Fact]
    public async Task AWellFormedIdOfNoObjectIsNullWithoutError()
    {
        var response = await api.GraphQLAsync($"{{ node(id: \"{GlobalId.Encode("Role", 999_999)}\") {{ id }} }}");

        Assert.Equal("""{"data":{"node":null}}""", response.GetRawText());
    }

    [Theory]
    [InlineData("not-an-id!", "Invalid id \"not-an-id!\": it is not base64url text.")]
    [InlineData("Um9sZQ", "Invalid id \"Um9sZQ\": it does not name a type and a key.")]
    [InlineData("UGFnZUluZm86MQ", "Invalid id \"UGFnZUluZm86MQ\": \"PageInfo\" is not a type with global ids.")]
    [InlineData("Um9sZVJlcXVpcmVtZW50OjE", "Invalid id \"Um9sZVJlcXVpcmVtZW50OjE\": \"RoleRequirement\" is not a type with global ids.")]
    [InlineData("Um9sZTpjaW8", "Invalid id \"Um9sZTpjaW8\": \"cio\" is not a key of Role.")]
    public async Task MalformedAndForeignIdsAreClientErrors(string id, string message)
    {
        var response = await api.GraphQLAsync($"{{ node(id: \"{id}\") {{ id }} }}");

        var error = response.SingleError();
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""{"node":null}""", response.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task ABadIdAmongNodesNullsOnlyItsItem()
    {
        var cio = (await api.DataAsync("{ role(code: \"cio\") { id } }")).GetProperty("role").GetProperty("id").GetString();

        var response = await api.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { "???", cio } });

        Assert.Equal("""["nodes",0]""", response.SingleError().GetProperty("path").GetRawText());
        Assert.Equal($$$"""[null,{"id":"{{{cio}}}"}]""", response.GetProperty("data").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task AnIntegerLiteralIdIsAClientErrorNotACrash()
    {
        var response = await api.GraphQLAsync("{ node(id: 12) { id } }");

        Assert.Equal(JsonValueKind.Object, response.SingleError().ValueKind);
        Assert.Equal("BAD_USER_INPUT", response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }
}
