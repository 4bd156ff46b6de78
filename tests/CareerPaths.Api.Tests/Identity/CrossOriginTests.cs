using System.Net;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>Same-origin by default: no CORS headers for anyone; with <c>Cors:AllowedOrigins</c>, exactly those origins.</summary>
public sealed class CrossOriginTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private const string SpaOrigin = "https://careerpaths-spa.example.org";

    [Fact]
    public async Task WithoutConfigurationAPreflightGetsNoCorsHeaders()
    {
        using var response = await PreflightAsync(api, SpaOrigin);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutConfigurationASignedInCrossOriginRequestGetsNoCorsHeaders()
    {
        using var client = await api.CreateClientAs();
        using var request = GraphQLPost();
        request.Headers.Add("Origin", SpaOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AConfiguredOriginMayCallWithTheAuthorizationHeader()
    {
        await using var configured = Configured();

        using var response = await PreflightAsync(configured, SpaOrigin);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(SpaOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task AConfiguredOriginsActualRequestIsAllowed()
    {
        await using var configured = Configured();
        using var client = await configured.CreateClientAs();
        using var request = GraphQLPost();
        request.Headers.Add("Origin", SpaOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(SpaOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task AnOriginNotConfiguredGetsNoCorsHeaders()
    {
        await using var configured = Configured();

        using var response = await PreflightAsync(configured, "https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private CareerPathsApiFactory Configured() =>
        CareerPathsApiFactory.On(api.Database, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = SpaOrigin });

    private static async Task<HttpResponseMessage> PreflightAsync(CareerPathsApiFactory target, string origin)
    {
        using var client = target.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/graphql", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage GraphQLPost() => new(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
    {
        Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
    };
}
