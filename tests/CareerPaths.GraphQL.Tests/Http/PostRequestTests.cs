using System.Text;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class PostRequestTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.StartAsync(options =>
            options.ConfigureRequest = (_, request) => request with { RootValue = request.Extensions });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task VariablesOperationNameAndExtensionsReachTheExecutor()
    {
        var answer = await _client.ExchangeAsync(PostJson(new
        {
            query = "query A { hello } query B($items: [Int!]) { count(items: $items) rootValue(key: \"tenant\") }",
            operationName = "B",
            variables = new { items = new[] { 1, 2, 3 } },
            extensions = new { tenant = "acme" },
        }));

        Assert.Equal(200, answer.Status);
        Assert.Equal("""{"data":{"count":3,"rootValue":"acme"}}""", answer.Text);
    }

    [Fact]
    public async Task UnknownTopLevelPropertiesAreIgnored()
    {
        var answer = await _client.ExchangeAsync(Post("""{"query":"{ hello }","somethingElse":[1,{"x":2}]}"""));

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n ")]
    public async Task AnEmptyBodyIs400(string body)
    {
        var answer = await _client.ExchangeAsync(Post(body));

        Assert.Equal(400, answer.Status);
        Assert.Contains("empty", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task APostWithNoBodyAtAllIs400()
    {
        var answer = await _client.ExchangeAsync(Post((string?)null, Json, Json));

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task ARepeatedPropertyIsRefusedRatherThanGuessed()
    {
        var answer = await _client.ExchangeAsync(Post("""{"query":"{ hello }","query":"mutation { increment }"}"""));

        Assert.Equal(400, answer.Status);
        Assert.Contains("Duplicate", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task InvalidUtf8IsRefused()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ echo(value: \"x\") }"}""");
        body[Array.IndexOf(body, (byte)'x')] = 0xFF;

        var answer = await _client.ExchangeAsync(Post(body));

        Assert.Equal(400, answer.Status);
        Assert.Contains("UTF-8", answer.FirstError.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"query":"{ echo(value: \"\ud800\") }"}""")]
    [InlineData("""{"query":"query($v: String) { echo(value: $v) }","variables":{"v":"\udc00"}}""")]
    [InlineData("""{"query":"query($v: String) { echo(value: $v) }","variables":{"\ud800":"x"}}""")]
    [InlineData("""{"query":"{ hello }","operationName":"\ud800"}""")]
    public async Task UnpairedSurrogateEscapesAreRefused(string body)
    {
        var answer = await _client.ExchangeAsync(Post(body));

        Assert.True(answer.Status == 400, answer + string.Join('\n', _host.Logs.Entries.Select(e => e.Exception?.ToString())));
        Assert.Contains("Unicode", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PairedSurrogateEscapesAreFine()
    {
        var answer = await _client.ExchangeAsync(Post("""{"query":"query($v: String) { echo(value: $v) }","variables":{"v":"\ud83d\ude00"}}"""));

        Assert.Equal(200, answer.Status);
        Assert.Equal("😀", answer.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task DeeplyNestedVariablesAre400NotACrash()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000));

        var answer = await _client.ExchangeAsync(Post("""{"query":"{ hello }","variables":{"v":""" + nested + "}}"));

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task AHugeDocumentIsAParseErrorNotAHang()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodyBytes = 4 * 1024 * 1024);
        var query = "{" + string.Concat(Enumerable.Repeat(" hello", 200_000)) + " }";

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { query }));

        Assert.Equal(400, answer.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", answer.FirstErrorCode);
    }
}
