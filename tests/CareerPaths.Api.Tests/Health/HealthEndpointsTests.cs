using System.Net;
using System.Text.Json;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Health;

public sealed class HealthEndpointsTests(CareerPathsApiFactory factory) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public async Task HealthzAnswersOkWhileTheProcessIsUp()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadyzAnswers200OnAMigratedDatabase()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await ReadJsonAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyzAnswers503WithAReasonWhenTheDatabaseIsUnreachable()
    {
        await using var database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), "readyz_gone");
        await using var api = CareerPathsApiFactory.On(database);
        using var client = api.CreateClient();
        await TestDatabaseServer.ExecuteAsync($"DROP DATABASE \"{database.Name}\" WITH (FORCE)");

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains("database unreachable", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadyzAnswers503WhileAMigrationIsPending()
    {
        await using var database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), "readyz_pending");
        await using var api = CareerPathsApiFactory.On(database);
        using var client = api.CreateClient();
        await using (var connection = await database.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            // As if this build brought a migration the database has not seen yet.
            command.CommandText = "DELETE FROM \"__EFMigrationsHistory\"";
            await command.ExecuteNonQueryAsync();
        }

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("migrations pending: 20261121120000_Initial", (await ReadJsonAsync(response)).GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
