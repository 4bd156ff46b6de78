using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// Every request to the API carries a bearer token that passes validation — issuer, audience, lifetime, RS256
/// signature by a trusted key, an <c>oid</c> — or is refused with 401 and <c>WWW-Authenticate: Bearer</c> before
/// GraphQL runs. Held for both sign-in modes: the local issuer (Development) and Entra ID (a test tenant).
/// </summary>
public sealed class TokenValidationTests(CareerPathsApiFactory local) : IClassFixture<CareerPathsApiFactory>, IAsyncLifetime
{
    private CareerPathsApiFactory? _entra;
    private TestPersonas _personas = null!;

    public static TheoryData<string> Modes => ["local", "entra"];

    public async Task InitializeAsync()
    {
        _personas = await local.PersonasAsync();
        _entra = CareerPathsApiFactory.On(local.Database, EntraTestSettings.Settings, services: EntraTestSettings.UseTestMetadata);
    }

    public async Task DisposeAsync() => await _entra!.DisposeAsync();

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AValidTokenIsAccepted(string mode)
    {
        var (status, body) = await PostAsync(mode, Token(mode));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenSignedWithAnotherKeyIsRefused(string mode) =>
        await AssertRefusedAsync(mode, Token(mode, t => t.Key = TestSigningKeys.Forger), "signature");

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AnExpiredTokenIsRefused(string mode) =>
        await AssertRefusedAsync(mode, Token(mode, t => t.IssuedAt = DateTimeOffset.UtcNow.AddHours(-3)), "expired");

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenForAnotherAudienceIsRefused(string mode) =>
        await AssertRefusedAsync(mode, Token(mode, t => t.Audience = "api://some-other-api"), "audience");

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenFromAnotherIssuerIsRefused(string mode) =>
        await AssertRefusedAsync(mode, Token(mode, t => t.Issuer = "https://login.microsoftonline.com/0b9e0a8c-5a5e-4c55-9c1e-7f36f1d2a111/v2.0"), "issuer");

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenWithoutAnObjectIdIsRefused(string mode) =>
        await AssertRefusedAsync(mode, Token(mode, t => t.ObjectId = null), null);

    [Fact]
    public async Task AnUnsignedTokenIsRefused()
    {
        var signed = Token("local").Split('.');
        var unsigned = $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{signed[1]}.";

        await AssertRefusedAsync("local", unsigned, null);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ARequestWithoutATokenIsRefusedWithAGraphQLShapedBody(string mode)
    {
        var (status, body, challenge) = await SendAsync(mode, authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Bearer", challenge);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task ABasicAuthorizationHeaderIsNoBearerToken()
    {
        var (status, _, challenge) = await SendAsync("local", new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"));

        Assert.Equal((HttpStatusCode.Unauthorized, "Bearer"), (status, challenge));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenWithoutTheApiScopeIsForbidden(string mode)
    {
        var (status, body) = await PostAsync(mode, Token(mode, t => t.Scope = "User.Read"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("INSUFFICIENT_SCOPE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ATokenForAPersonWithoutAnEmployeeRecordGetsNotAnEmployee(string mode)
    {
        var (status, body) = await PostAsync(mode, Token(mode, persona: PersonaPicker.NotAnEmployee));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_AN_EMPLOYEE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("not linked to an employee record", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    private string Token(string mode, Action<TestToken>? adjust = null, string persona = PersonaPicker.Employee) =>
        _personas.Token(persona, token =>
        {
            if (mode == "entra")
            {
                token.FromEntra();
            }

            adjust?.Invoke(token);
        });

    private async Task AssertRefusedAsync(string mode, string token, string? reason)
    {
        var (status, body, challenge) = await SendAsync(mode, new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        Assert.Contains("invalid_token", challenge, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, challenge, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string mode, string token)
    {
        var (status, body, _) = await SendAsync(mode, new AuthenticationHeaderValue("Bearer", token));
        return (status, body);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, string Challenge)> SendAsync(string mode, AuthenticationHeaderValue? authorization)
    {
        using var client = (mode == "entra" ? _entra! : local).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body, string.Join(", ", response.Headers.WwwAuthenticate.Select(h => h.ToString())));
    }

    private static string Base64Url(string text) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(text);
}
