using System.Text.Json;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.GraphQL.Tests.Relay;

public class ConnectionFieldTests
{
    private readonly RelayTestSchema _library = new(bookCount: 25);

    [Fact]
    public async Task APageCarriesEdgesNodesPageInfoAndTheTotal()
    {
        var response = await _library.RunAsync("{ books(first: 2) { totalCount edges { cursor node { title } } nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");

        var first = Cursor.Encode(0);
        var second = Cursor.Encode(1);
        Assert.Equal(
            $$$$$"""{"data":{"books":{"totalCount":25,"edges":[{"cursor":"{{{{{first}}}}}","node":{"title":"Book 1"}},{"cursor":"{{{{{second}}}}}","node":{"title":"Book 2"}}],"nodes":[{"title":"Book 1"},{"title":"Book 2"}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"startCursor":"{{{{{first}}}}}","endCursor":"{{{{{second}}}}}"}}}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task FollowingEndCursorsVisitsEveryItemOnce()
    {
        var titles = new List<string>();
        string? after = null;
        bool hasNextPage;
        do
        {
            var response = await _library.RunAsync(
                "query($after: String) { books(first: 7, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }",
                JsonSerializer.Serialize(new { after }));
            var books = response.GetProperty("data").GetProperty("books");
            titles.AddRange(books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!));
            hasNextPage = books.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = books.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (hasNextPage);

        Assert.Equal(_library.Books.Select(b => b.Title), titles);
    }

    [Fact]
    public async Task WithoutFirstOrLastTheFieldsDefaultPageSizeApplies()
    {
        var response = await _library.RunAsync("{ books { nodes { title } } }");

        Assert.Equal(10, response.GetProperty("data").GetProperty("books").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("first: -1", "\"first\" must be between 0 and 20, but was -1.")]
    [InlineData("first: 21", "\"first\" must be between 0 and 20, but was 21.")]
    [InlineData("last: -3", "\"last\" must be between 0 and 20, but was -3.")]
    [InlineData("after: \"xyz\"", "Invalid cursor in \"after\": \"xyz\" is not a cursor of this connection.")]
    public async Task BadPagingArgumentsAreClientErrorsNotCrashes(string arguments, string message)
    {
        var response = await _library.RunAsync($"{{ books({arguments}) {{ totalCount }} }}");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["books"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public void ConnectionFieldsCarryTheirListSizeArgumentsForCostAnalysis()
    {
        var field = _library.Schema.QueryType.GetField("books")!;

        Assert.Equal(["first", "last"], field.ListSizeArguments);
        Assert.Equal(20, Assert.IsType<ConnectionOptions>(field.Metadata[ConnectionOptions.MetadataKey]).MaxPageSize);
    }
}
