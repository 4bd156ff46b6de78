using System.Text.Json;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;
using CareerPaths.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>
/// A class fixture: the API on a fresh copy of the seeded database, on a fixed day (<see cref="Today"/>: before the
/// seeded learning sessions start, after every seeded assessment), and the oracle (<see cref="ReferenceAsync"/>):
/// the matcher library called directly on the same data and day.
/// </summary>
public class MatcherApiFixture : IAsyncLifetime
{
    /// <summary>The day every answer is for: fixed, so the tests mean the same thing whenever they run.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    private TestDatabase? _database;
    private CareerPathsApiFactory? _api;

    public AdjustableClock Clock { get; } = new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public CareerPathsApiFactory Api => _api ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public TestPersonas Personas { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), GetType().Name);
        _api = StartApi();
        Personas = await _api.PersonasAsync();
    }

    /// <summary>Another API instance on the same database and clock (as a second server behind a load balancer).</summary>
    public CareerPathsApiFactory StartApi() =>
        CareerPathsApiFactory.On(Database, services: services => services.AddSingleton<TimeProvider>(Clock));

    public virtual async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The matcher library on the database's data as it is now, for <see cref="Clock"/>'s day.</summary>
    public Task<Matcher> ReferenceAsync() => ReferenceMatcher.BuildAsync(Database, DateOnly.FromDateTime(Clock.Now.UtcDateTime));

    /// <summary>The whole response to <paramref name="query"/> sent by <paramref name="persona"/>.</summary>
    public Task<JsonElement> AskAsync(string persona, string query, object? variables = null) => Api.GraphQLAsync(query, variables, persona);

    /// <summary>The data of a request that must succeed without errors.</summary>
    public Task<JsonElement> DataAsync(string persona, string query, object? variables = null) => Api.DataAsync(query, variables, persona);

    public string EmployeeId(string persona) => GlobalId.Encode("Employee", Personas.EmployeeId(persona));

    public async Task<int> RoleIdAsync(string code)
    {
        await using var db = Database.CreateContext();
        return await db.RoleProfiles.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }

    public async Task<string> RoleGlobalIdAsync(string code) => GlobalId.Encode("Role", await RoleIdAsync(code));
}
