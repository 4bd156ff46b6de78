using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>What only a real server sees: broken HTTP framing sent over a raw socket to Kestrel at 127.0.0.1.</summary>
public sealed class KestrelTransportTests
{
    [Fact]
    public async Task ABrokenChunkedBodyIsA400NotA500()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = await ConnectAsync(host.BaseAddress);

        await SendAsync(client, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"que\r\nzz\r\nnot a chunk\r\n");
        var response = await ReadHeadAsync(client);

        Assert.StartsWith("HTTP/1.1 400", response);
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task AClientThatHangsUpMidBodyLeavesNoErrorAndTheServerServesOn()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using (var client = await ConnectAsync(host.BaseAddress))
        {
            // 100 bytes promised, 20 sent, then the connection is gone.
            await SendAsync(client, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                "Content-Length: 100\r\n\r\n{\"query\":\"{ hello }\"");
            await Task.Delay(200);
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var answer = await http.ExchangeAsync(GraphQLHttp.Post("""{"query":"{ hello }"}"""));

        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    private static async Task<TcpClient> ConnectAsync(Uri server)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        return client;
    }

    private static Task SendAsync(TcpClient client, string request) => client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request)).AsTask();

    /// <summary>The status line and headers of the response, read until the blank line (or the server closes).</summary>
    private static async Task<string> ReadHeadAsync(TcpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await client.GetStream().ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }
}
