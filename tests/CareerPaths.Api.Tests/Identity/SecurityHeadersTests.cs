using System.Net.Http.Headers;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>Every response carries the security headers; pages get the page CSP; HSTS is sent outside Development only.</summary>
public sealed class SecurityHeadersTests : ScratchWebRootApiTests
{
    [Theory]
    [InlineData("GraphQL answer")]
    [InlineData("401")]
    [InlineData("static file")]
    [InlineData("health")]
    public async Task EveryResponseForbidsSniffingFramingAndReferrers(string what)
    {
        using var response = await SendAsync(what);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS in Development");
    }

    [Fact]
    public async Task ApiAnswersAllowNothingAndAreNeverCached()
    {
        using var response = await SendAsync("GraphQL answer");

        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task GraphiQLsPageKeepsItsOwnSameOriginPolicy()
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptsGetThePagePolicyWhichTheirWorkersRunUnder()
    {
        using var response = await SendAsync("static file");

        Assert.Equal(Api.Hosting.SecurityHeaders.PageContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task OutsideDevelopmentHttpsResponsesCarryHsts()
    {
        await using var production = CareerPathsApiFactory.On(Database, EntraTestSettings.Settings, "Production", EntraTestSettings.UseTestMetadata);
        using var client = production.CreateClient(new() { BaseAddress = new Uri("https://careerpaths.example.org") });

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    private async Task<HttpResponseMessage> SendAsync(string what)
    {
        using var client = what == "GraphQL answer" ? await Server.CreateClientAs() : Server.CreateClient();
        using var request = what switch
        {
            "GraphQL answer" or "401" => new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
            },
            "static file" => new HttpRequestMessage(HttpMethod.Get, new Uri(ScratchWebRoot.AssetPath, UriKind.Relative)),
            _ => new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative)),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HttpRequests.ResponseMediaType));
        var response = await client.SendAsync(request);
        Assert.Equal(what == "401" ? 401 : 200, (int)response.StatusCode);
        return response;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
