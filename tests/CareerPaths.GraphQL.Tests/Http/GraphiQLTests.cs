using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class GraphiQLTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly string _page = Path.Combine(Path.GetTempPath(), $"graphiql-{Guid.NewGuid():N}.html");

    public GraphiQLTests() => File.WriteAllText(_page, "<!doctype html><title>GraphiQL</title><div id=\"graphiql\"></div>");

    public void Dispose() => File.Delete(_page);

    [Fact]
    public async Task ABrowserGetsTheGraphiQLPage()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.GraphiQL.PagePath = _page);

        var answer = await host.CreateClient().ExchangeAsync(Get([], BrowserAccept));

        Assert.Equal(200, answer.Status);
        Assert.Equal("text/html; charset=utf-8", answer.ContentType);
        Assert.Contains("<div id=\"graphiql\">", answer.Text);
        Assert.Contains("default-src 'self'", answer.Header("Content-Security-Policy"));
        Assert.Equal("Accept", answer.Header("Vary"));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    [InlineData(null)]
    public async Task ApiClientsWithoutAQueryGetAGraphQLErrorNotThePage(string? accept)
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.GraphiQL.PagePath = _page);

        var answer = await host.CreateClient().ExchangeAsync(Get([], accept));

        Assert.Equal(400, answer.Status);
        Assert.DoesNotContain("html", answer.ContentType);
    }

    [Fact]
    public async Task ABrowserWithAQueryInTheUrlGetsTheResult()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.GraphiQL.PagePath = _page);

        var answer = await host.CreateClient().ExchangeAsync(Get("{ hello }", BrowserAccept));

        Assert.Equal(200, answer.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", answer.Text);
    }

    [Fact]
    public async Task WhenDisabledThereIsNoPage()
    {
        await using var host = await GraphQLTestHost.StartAsync(options =>
        {
            options.GraphiQL.PagePath = _page;
            options.GraphiQL.Enabled = false;
        });

        var answer = await host.CreateClient().ExchangeAsync(Get([], BrowserAccept));

        Assert.Equal(400, answer.Status);
        Assert.StartsWith(Json, answer.ContentType);
        Assert.DoesNotContain("graphiql", answer.Text);
    }

    [Fact]
    public async Task AMissingPageIsA404AndAWarningInTheLog()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.GraphiQL.PagePath = _page + ".missing");

        var answer = await host.CreateClient().ExchangeAsync(Get([], "text/html"));

        Assert.Equal(404, answer.Status);
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains("npm run build", StringComparison.Ordinal));
    }
}
