using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// <c>/dev/token</c> mints tokens for the seeded personas in Development — and does not exist anywhere else, not
/// even for a signed-in person, nor in Development when sign-in goes to Entra ID.
/// </summary>
public sealed class DevTokenEndpointTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private static readonly Uri DevToken = new("/dev/token", UriKind.Relative);

    [Fact]
    public async Task ItListsTheSevenPersonasWithoutSignIn()
    {
        using var client = api.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(DevToken);

        var keys = body.GetProperty("personas").EnumerateArray().Select(p => p.GetProperty("key").GetString()).ToArray();
        Assert.Equal([.. TestPersonas.MatrixKeys, PersonaPicker.NotAnEmployee], keys.Select(key => key!));
    }

    [Theory]
    [InlineData(PersonaPicker.Employee)]
    [InlineData(PersonaPicker.HR)]
    [InlineData(PersonaPicker.Manager)]
    public async Task APersonasTokenSignsInAsThatPersonWithTheirRoles(string persona)
    {
        var expected = (await api.PersonasAsync()).Persona(persona);

        var minted = await MintAsync(new { persona });
        var (status, body) = await QueryAsync(minted.GetProperty("accessToken").GetString()!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Bearer", minted.GetProperty("tokenType").GetString());
        Assert.Equal(expected.EmployeeNumber, minted.GetProperty("employeeNumber").GetString());
        Assert.Equal(expected.Roles, minted.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.InRange(minted.GetProperty("expiresIn").GetInt32(), 3500, 3600);
    }

    [Fact]
    public async Task AnyEmployeeNumberWithChosenRolesCanBeMinted()
    {
        var minted = await MintAsync(new { employeeNumber = "E000020", roles = new[] { "Manager", "HR" } });

        Assert.Equal(["Manager", "HR"], minted.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(minted.GetProperty("accessToken").GetString()!)).Status);
    }

    [Fact]
    public async Task TheNotAnEmployeePersonaGetsATokenThatTheApiAnswersWithNotAnEmployee()
    {
        var minted = await MintAsync(new { persona = PersonaPicker.NotAnEmployee });

        var (status, body) = await QueryAsync(minted.GetProperty("accessToken").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("NOT_AN_EMPLOYEE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"persona":"ceo"}""", "Unknown persona")]
    [InlineData("""{"employeeNumber":"E999999"}""", "No employee has the number")]
    [InlineData("""{"employeeNumber":"E000020","roles":["Admin"]}""", "Unknown app role")]
    [InlineData("""{}""", "Give a \"persona\"")]
    [InlineData("""not json""", "must be a JSON object")]
    public async Task ABadRequestIsRefusedWithAMessage(string json, string message)
    {
        using var client = api.CreateClient();

        using var response = await client.PostAsync(DevToken, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverFourKibibytesIsRefused()
    {
        using var client = api.CreateClient();
        var padding = new string(' ', 5000);

        using var response = await client.PostAsync(DevToken, new StringContent($"{{\"persona\":\"hr\"{padding}}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task InProductionThereIsNoDevTokenEndpointEvenForASignedInPerson()
    {
        await using var production = CareerPathsApiFactory.On(api.Database, EntraTestSettings.Settings, "Production", EntraTestSettings.UseTestMetadata);
        using var client = production.CreateClient();
        var token = (await api.PersonasAsync()).Token(PersonaPicker.HR, t => t.FromEntra());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var post = await client.PostAsJsonAsync(DevToken, new { persona = "hr" });
        using var get = await client.GetAsync(DevToken);
        var (status, _, _) = await client.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task InProductionAnAnonymousCallerLearnsNothingButThatSignInIsNeeded()
    {
        await using var production = CareerPathsApiFactory.On(api.Database, EntraTestSettings.Settings, "Production", EntraTestSettings.UseTestMetadata);
        using var client = production.CreateClient();

        using var response = await client.PostAsJsonAsync(DevToken, new { persona = "hr" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InDevelopmentWithEntraIdSignInThereIsNoDevTokenEndpoint()
    {
        await using var entra = CareerPathsApiFactory.On(api.Database, EntraTestSettings.Settings, services: EntraTestSettings.UseTestMetadata);
        using var client = entra.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", (await api.PersonasAsync()).Token(PersonaPicker.Employee, t => t.FromEntra()));

        using var response = await client.PostAsJsonAsync(DevToken, new { persona = "hr" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonElement> MintAsync(object request)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(DevToken, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> QueryAsync(string token)
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (status, _, body) = await client.PostGraphQLAsync("{ __typename }");
        return ((HttpStatusCode)status, body);
    }
}
