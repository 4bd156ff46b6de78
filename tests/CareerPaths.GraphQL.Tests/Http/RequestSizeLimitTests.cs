using System.Net;
using System.Text;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class RequestSizeLimitTests
{
    private const int Limit = 1024;

    [Fact]
    public async Task TheDefaultLimitIs256KiB()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var client = host.CreateClient();
        var padding = new string(' ', 256 * 1024 - 40);

        var within = await client.ExchangeAsync(Post($$"""{"query":"{ hello }"{{padding}}}"""));
        var over = await client.ExchangeAsync(Post($$"""{"query":"{ hello }"{{padding}}{{new string(' ', 100)}}}"""));

        Assert.Equal(200, within.Status);
        Assert.Equal(413, over.Status);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413WithAGraphQLError()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodyBytes = Limit);

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { query = $"{{ echo(value: \"{new string('x', Limit)}\") }}" }));

        Assert.Equal(413, answer.Status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.FirstErrorCode);
        Assert.Contains("1024 bytes", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ABodyExactlyAtTheLimitIsRead()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodyBytes = Limit);
        var body = """{"query":"{ hello }"}""";
        body = body[..^1] + new string(' ', Limit - body.Length) + "}";

        var answer = await host.CreateClient().ExchangeAsync(Post(body));

        Assert.Equal(Limit, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task AChunkedBodyWithoutContentLengthIsCutOffAtTheLimit()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodyBytes = Limit);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new EndlessJsonContent(),
        };
        request.Content.Headers.ContentType = new("application/json");

        var answer = await host.CreateClient().ExchangeAsync(request);

        Assert.Equal(413, answer.Status);
    }

    /// <summary>A body of unknown length (5 MB) far over the limit: the server must stop reading on its own.</summary>
    private sealed class EndlessJsonContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{\"query\":\""u8.ToArray());
            var chunk = Encoding.UTF8.GetBytes(new string('x', 256));
            for (var i = 0; i < 20_000; i++)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
