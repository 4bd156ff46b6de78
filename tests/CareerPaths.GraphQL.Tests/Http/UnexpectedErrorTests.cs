using Microsoft.Extensions.Logging;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>A bug in the server (here: a request hook that throws) is a 500 with a masked, GraphQL-shaped body.</summary>
public sealed class UnexpectedErrorTests
{
    private static void Broken(CareerPaths.GraphQL.Http.GraphQLHttpOptions options) =>
        options.ConfigureRequest = (_, _) => throw new InvalidOperationException("connection string Password=hunter2");

    [Fact]
    public async Task InProductionTheBodyHasAGenericMessageAndACorrelationIdAndTheLogHasTheDetails()
    {
        await using var host = await GraphQLTestHost.StartAsync(Broken);

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ hello }"}"""));

        Assert.Equal(500, answer.Status);
        Assert.StartsWith(Json, answer.ContentType);
        Assert.Equal("Unexpected error.", answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", answer.FirstErrorCode);
        var correlationId = answer.FirstError.GetProperty("extensions").GetProperty("correlationId").GetString();
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.DoesNotContain("hunter2", answer.Text);
        var logged = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(correlationId!, logged.Message);
        Assert.Contains("hunter2", logged.Exception!.Message);
    }

    [Fact]
    public async Task InDevelopmentTheMessageNamesTheExceptionButNeverTheStack()
    {
        await using var host = await GraphQLTestHost.StartAsync(Broken, environment: "Development");

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ hello }"}"""));

        Assert.Equal(500, answer.Status);
        Assert.Equal("Unexpected error. InvalidOperationException: connection string Password=hunter2",
            answer.FirstError.GetProperty("message").GetString());
        Assert.DoesNotContain(" at ", answer.Text);
    }

    [Fact]
    public async Task AnExceptionInAResolverIsAFieldErrorNotA500()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ fail }"}"""));

        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("secret detail", answer.Text);
    }
}
