using System.Net;
using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// The rate limiter counts per person (the token's oid): one person over the limit gets 429 with Retry-After and
/// a GraphQL-shaped body, while others carry on; requests without a valid token count per IP address.
/// </summary>
public sealed class RateLimitingTests : IAsyncLifetime
{
    private const int Limit = 3;
    private TestDatabase? _database;
    private CareerPathsApiFactory? _api;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), nameof(RateLimitingTests));
        _api = CareerPathsApiFactory.On(_database, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "600",
        });
    }

    public async Task DisposeAsync()
    {
        await _api!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task APersonOverTheLimitIsRefusedWhileAnotherIsNot()
    {
        using var employee = await _api!.CreateClientAs(PersonaPicker.Employee);
        using var hr = await _api.CreateClientAs(PersonaPicker.HR);
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(200, (await employee.PostGraphQLAsync("{ __typename }")).Status);
        }

        using var refused = await employee.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
        var (otherStatus, _, _) = await hr.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set");
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(200, otherStatus);
    }

    [Fact]
    public async Task ANewTokenForTheSamePersonDoesNotResetTheirBudget()
    {
        var personas = await _api!.PersonasAsync();
        for (var i = 0; i < Limit; i++)
        {
            using var client = await _api.CreateClientAs(PersonaPicker.Manager);
            Assert.Equal(200, (await client.PostGraphQLAsync("{ __typename }")).Status);
        }

        using var fresh = _api.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new("Bearer", personas.Token(PersonaPicker.Manager, t => t.IssuedAt = DateTimeOffset.UtcNow.AddMinutes(-1)));

        Assert.Equal(429, (await fresh.PostGraphQLAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task RequestsWithoutAValidTokenCountPerAddress()
    {
        using var anonymous = _api!.CreateClient();
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(401, (await anonymous.PostGraphQLAsync("{ __typename }")).Status);
        }

        using var forged = _api.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", (await _api.PersonasAsync()).Token(PersonaPicker.HR, t => t.Key = TestSigningKeys.Forger));

        Assert.Equal(429, (await forged.PostGraphQLAsync("{ __typename }")).Status);
        Assert.Equal(200, (await (await _api.CreateClientAs(PersonaPicker.HR)).PostGraphQLAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task HealthProbesAreNeverLimited()
    {
        using var client = _api!.CreateClient();
        for (var i = 0; i < Limit * 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
