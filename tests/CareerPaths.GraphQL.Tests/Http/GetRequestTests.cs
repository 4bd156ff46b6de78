using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class GetRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AQueryRunsOverGetWithUrlEncodedVariablesAndOperationName()
    {
        var answer = await _client.ExchangeAsync(Get([
            ("query", "query A { hello } query B($name: String) { hello(name: $name) }"),
            ("operationName", "B"),
            ("variables", """{"name":"GET"}"""),
        ]));

        Assert.Equal(200, answer.Status);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", answer.Text);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    [InlineData(null)]
    public async Task AMutationOverGetIs405AllowingPostAndDoesNotRun(string? accept)
    {
        var before = await _client.ExchangeAsync(PostJson(new { query = "mutation { increment }" }));

        var answer = await _client.ExchangeAsync(Get("mutation { increment }", accept));
        var after = await _client.ExchangeAsync(PostJson(new { query = "mutation { increment }" }));

        Assert.Equal(405, answer.Status);
        Assert.Equal("POST", answer.Header("Allow"));
        Assert.Equal("METHOD_NOT_ALLOWED", answer.FirstErrorCode);
        Assert.Equal(before.Data.GetProperty("increment").GetInt32() + 1, after.Data.GetProperty("increment").GetInt32());
    }

    [Fact]
    public async Task TheOperationNameDecidesWhetherAGetRunsAMutation()
    {
        const string document = "query Q { hello } mutation M { increment }";

        var query = await _client.ExchangeAsync(Get([("query", document), ("operationName", "Q")]));
        var mutation = await _client.ExchangeAsync(Get([("query", document), ("operationName", "M")]));

        Assert.Equal(200, query.Status);
        Assert.Equal(405, mutation.Status);
    }

    [Fact]
    public async Task AnEmptyOperationNameMeansNone()
    {
        var answer = await _client.ExchangeAsync(Get([("query", "{ hello }"), ("operationName", "")]));

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("variables", "not json")]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "\"string\"")]
    [InlineData("extensions", "{")]
    [InlineData("extensions", "7")]
    public async Task VariablesAndExtensionsMustBeUrlEncodedJsonObjects(string name, string value)
    {
        var answer = await _client.ExchangeAsync(Get([("query", "{ hello }"), (name, value)]));

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
        Assert.Contains(name, answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AParameterGivenTwiceIsRefused()
    {
        var answer = await _client.ExchangeAsync(Get([("query", "{ hello }"), ("query", "{ echo }")]));

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task AGetWithoutAQueryIs400ForAnApiClient()
    {
        var answer = await _client.ExchangeAsync(Get([], Json));

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
    }

    [Fact]
    public async Task AQueryStringOverTheLimitIs414()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxQueryStringLength = 100);
        var client = host.CreateClient();

        var within = await client.ExchangeAsync(Get("{ hello }"));
        var over = await client.ExchangeAsync(Get($"{{ echo(value: \"{new string('x', 100)}\") }}"));

        Assert.Equal(200, within.Status);
        Assert.Equal(414, over.Status);
        Assert.Equal("URI_TOO_LONG", over.FirstErrorCode);
    }

    [Fact]
    public async Task GetCanBeSwitchedOff()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.AllowGet = false);

        var answer = await host.CreateClient().ExchangeAsync(Get("{ hello }"));

        Assert.Equal(405, answer.Status);
        Assert.Equal("POST", answer.Header("Allow"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethodsAre405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");

        var answer = await _client.ExchangeAsync(request);

        Assert.Equal(405, answer.Status);
        Assert.Equal("GET, POST", answer.Header("Allow"));
    }
}
