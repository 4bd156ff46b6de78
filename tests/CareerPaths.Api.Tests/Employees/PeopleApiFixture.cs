using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Employees;

/// <summary>
/// A class fixture: the API on a fresh database seeded with the small fixture catalogue, and GraphQL requests
/// through POST /graphql with bearer tokens for a <see cref="Persona"/> as the local issuer would mint them.
/// </summary>
public sealed class PeopleApiFixture : IAsyncLifetime
{
    private readonly FixtureCatalogueDatabaseFixture _database = new();
    private CareerPathsApiFactory? _api;

    public CareerPathsApiFactory Api => _api ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public TestDatabase Database => _database.Database;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _api = CareerPathsApiFactory.On(Database, new Dictionary<string, string?>
        {
            // The database holds the fixture catalogue already; the real one must not be added at start-up.
            ["CareerPaths:Seeding:Enabled"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>The whole response of a GraphQL request made by <paramref name="persona"/>.</summary>
    public async Task<JsonElement> AsAsync(Persona persona, string query, object? variables = null)
    {
        using var client = Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HttpRequests.ResponseMediaType));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(persona));
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The data of a request that must succeed without errors (they are shown when it does not).</summary>
    public async Task<JsonElement> DataAsync(Persona persona, string query, object? variables = null)
    {
        var response = await AsAsync(persona, query, variables);
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"The request failed: {errors.GetRawText()}");
        }

        return response.GetProperty("data");
    }

    /// <summary>
    /// Calls the mutation <paramref name="field"/> with <paramref name="input"/> (as a variable) and returns its payload:
    /// <paramref name="selection"/>, plus <c>errors { __typename message }</c>.
    /// </summary>
    public async Task<JsonElement> MutateAsync(Persona persona, string field, object input, string selection = "")
    {
        var inputType = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var data = await DataAsync(persona,
            $"mutation($input: {inputType}!) {{ payload: {field}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} }} }} }}",
            new { input });
        return data.GetProperty("payload");
    }

    /// <summary>The type names of a payload's errors, in order.</summary>
    public static string[] ErrorTypes(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!)];

    public async Task<int> EmployeeIdAsync(string employeeNumber)
    {
        await using var db = Database.CreateContext();
        return await db.Employees.Where(e => e.EmployeeNumber == employeeNumber).Select(e => e.Id).SingleAsync();
    }

    public async Task<string> EmployeeGlobalIdAsync(string employeeNumber) => GlobalId.Encode("Employee", await EmployeeIdAsync(employeeNumber));

    private async Task<string> TokenAsync(Persona persona)
    {
        await using var db = Database.CreateContext();
        var subject = await PersonaDirectory.SubjectAsync(db, persona.EmployeeNumber, persona.Roles)
            ?? throw new InvalidOperationException($"No employee has the number {persona.EmployeeNumber}.");
        return TestToken.For(subject).Mint();
    }
}
