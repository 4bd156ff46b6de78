using CareerPaths.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>
/// An ASP.NET Core application serving <see cref="TestSchema"/> with MapGraphQL: in memory (TestServer) for most
/// tests, or on Kestrel at 127.0.0.1 on a free port for clients outside the process (the graphql-http audits).
/// The schema and executor come from DI, as in the API.
/// </summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = app.Services.GetRequiredService<CollectedLogs>();
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUrl => new(BaseAddress, "/graphql");

    public CollectedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<GraphQLTestHost> StartAsync(Action<GraphQLHttpOptions>? configure = null, string environment = "Production") =>
        StartAsync(configure, environment, kestrel: false);

    public static Task<GraphQLTestHost> StartKestrelAsync(Action<GraphQLHttpOptions>? configure = null) =>
        StartAsync(configure, "Production", kestrel: true);

    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<GraphQLTestHost> StartAsync(Action<GraphQLHttpOptions>? configure, string environment, bool kestrel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var logs = new CollectedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton(TestSchema.Build());
        builder.Services.AddSingleton(TestSchema.Executor());
        var app = builder.Build();
        app.MapGraphQL("/graphql", configure);
        await app.StartAsync();
        var address = kestrel ? new Uri(app.Urls.First()) : new Uri("http://localhost");
        return new GraphQLTestHost(app, address);
    }
}
