using CareerPaths.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task ARepeatedDocumentIsParsedAndValidatedOnceThroughTheExecutorsCache()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var documents = host.Services.GetRequiredService<GraphQLExecutor>().Documents;
        var client = host.CreateClient();
        const string query = "query Cached($name: String) { hello(name: $name) }";

        await client.ExchangeAsync(PostJson(new { query, variables = new { name = "a" } }));
        var hits = documents.Hits;
        var post = await client.ExchangeAsync(PostJson(new { query, variables = new { name = "b" } }));
        var get = await client.ExchangeAsync(Get([("query", query), ("variables", """{"name":"c"}""")]));

        Assert.Equal("""{"data":{"hello":"Hello, b!"}}""", post.Text);
        Assert.Equal("""{"data":{"hello":"Hello, c!"}}""", get.Text);
        Assert.Equal(hits + 2, documents.Hits);
    }

    [Fact]
    public async Task AnInvalidDocumentIsCachedWithItsErrors()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var documents = host.Services.GetRequiredService<GraphQLExecutor>().Documents;
        var client = host.CreateClient();

        var first = await client.ExchangeAsync(PostJson(new { query = "{ nope }" }));
        var misses = documents.Misses;
        var second = await client.ExchangeAsync(PostJson(new { query = "{ nope }" }));

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(misses, documents.Misses);
    }
}
