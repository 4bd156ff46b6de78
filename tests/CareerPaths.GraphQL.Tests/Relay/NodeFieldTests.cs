using System.Text.Json;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.GraphQL.Tests.Relay;

public class NodeFieldTests
{
    private readonly RelayTestSchema _library = new();

    [Fact]
    public async Task AnIdReadFromAnObjectFetchesThatObjectAgain()
    {
        var books = await _library.RunAsync("{ books(first: 3) { nodes { id title } } }");
        var id = books.GetProperty("data").GetProperty("books").GetProperty("nodes")[2].GetProperty("id").GetString()!;

        var node = await _library.RunAsync($"{{ node(id: \"{id}\") {{ __typename id ... on Book {{ title }} }} }}");

        Assert.Equal($$$$"""{"data":{"node":{"__typename":"Book","id":"{{{{id}}}}","title":"Book 3"}}}""", node.GetRawText());
    }

    [Fact]
    public async Task NodesOfATypeWithGuidKeysRoundTrip()
    {
        var id = GlobalId.Encode("Author", LocalId.Format(RelayTestSchema.Ada.Id));

        var node = await _library.RunAsync($"{{ node(id: \"{id}\") {{ ... on Author {{ id name }} }} }}");

        Assert.Equal($$$$"""{"data":{"node":{"id":"{{{{id}}}}","name":"Ada"}}}""", node.GetRawText());
    }

    [Fact]
    public async Task AWellFormedIdOfNoObjectIsNullWithoutError()
    {
        var response = await _library.RunAsync($"{{ node(id: \"{GlobalId.Encode("Book", 999)}\") {{ id }} }}");

        Assert.Equal("""{"data":{"node":null}}""", response.GetRawText());
    }

    [Theory]
    [InlineData("bm9wZQ", "Invalid id \"bm9wZQ\": it does not name a type and a key.")]
    [InlineData("%%%", "Invalid id \"%%%\": it is not base64url text.")]
    [InlineData("UGFnZUluZm86MQ", "Invalid id \"UGFnZUluZm86MQ\": \"PageInfo\" is not a type with global ids.")]
    [InlineData("Qm9vazp0d28", "Invalid id \"Qm9vazp0d28\": \"two\" is not a key of Book.")]
    [InlineData("Qm9vazowMQ", "Invalid id \"Qm9vazowMQ\": \"01\" is not a key of Book.")]
    public async Task MalformedOrForeignIdsAreClientErrorsOnTheField(string id, string message)
    {
        var response = await _library.RunAsync($"{{ node(id: \"{id}\") {{ id }} }}");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["node"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""{"node":null}""", response.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task NodesKeepTheOrderOfTheIdsAndFetchEachTypeInOneBatch()
    {
        string[] ids = [GlobalId.Encode("Book", 7), GlobalId.Encode("Book", 2), GlobalId.Encode("Book", 500), GlobalId.Encode("Book", 7), GlobalId.Encode("Author", LocalId.Format(RelayTestSchema.Ada.Id))];

        var response = await _library.RunAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Book { title } ... on Author { name } } }",
            JsonSerializer.Serialize(new { ids }));

        Assert.Equal(
            """{"data":{"nodes":[{"__typename":"Book","title":"Book 7"},{"__typename":"Book","title":"Book 2"},null,{"__typename":"Book","title":"Book 7"},{"__typename":"Author","name":"Ada"}]}}""",
            response.GetRawText());
        var batch = Assert.Single(_library.BookBatches);
        Assert.Equal([7, 2, 500], batch);
    }

    [Fact]
    public async Task SiblingNodeFieldsShareOneBatch()
    {
        await _library.RunAsync($"{{ a: node(id: \"{GlobalId.Encode("Book", 1)}\") {{ id }} b: node(id: \"{GlobalId.Encode("Book", 3)}\") {{ id }} }}");

        Assert.Equal([1, 3], Assert.Single(_library.BookBatches));
    }

    [Fact]
    public async Task ABadIdAmongNodesFailsOnlyItsOwnItem()
    {
        string[] ids = [GlobalId.Encode("Book", 1), "garbage!", GlobalId.Encode("Book", 2)];

        var response = await _library.RunAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", JsonSerializer.Serialize(new { ids }));

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["nodes",1]""", error.GetProperty("path").GetRawText());
        Assert.Equal("Invalid id \"garbage!\": it is not base64url text.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        var nodes = response.GetProperty("data").GetProperty("nodes");
        Assert.Equal(JsonValueKind.Object, nodes[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(JsonValueKind.Object, nodes[2].ValueKind);
    }

    [Fact]
    public async Task NodesRefusesMoreIdsThanItsLimit()
    {
        var ids = Enumerable.Range(1, NodeFields.MaxIds + 1).Select(i => GlobalId.Encode("Book", i)).ToArray();

        var response = await _library.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", JsonSerializer.Serialize(new { ids }));

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal($"\"ids\" may hold at most {NodeFields.MaxIds} ids, but held {NodeFields.MaxIds + 1}.", error.GetProperty("message").GetString());
        Assert.Empty(_library.BookBatches);
    }
}
