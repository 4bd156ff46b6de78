using System.Net.Http.Headers;
using CareerPaths.Api.Hosting;
using CareerPaths.Api.Identity.LocalIssuer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// The API in memory on a real PostgreSQL database of its own. As a class fixture it gets a fresh copy of the
/// migrated and seeded template, so each test class starts from the catalogue as on a first start. It runs in
/// Development with the local issuer, whose key is <see cref="TestSigningKeys.Trusted"/> (in memory), so tests
/// sign in by minting tokens for the seeded personas (<see cref="PersonasAsync"/>, <see cref="CreateClientAs"/>).
/// </summary>
public class CareerPathsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        // The test output is for test results. Failures reach the tests as exceptions and responses; expected
        // ones (an unreachable database in the readiness tests) would only look alarming in the log.
        ["Logging:LogLevel:Default"] = "Critical",
        // Test classes send hundreds of requests as one persona; RateLimitingTests sets its own limits.
        [$"{RateLimitingSettings.Section}:PermitLimit"] = "1000000",
    };

    private TestDatabase? _database;
    private bool _ownsDatabase = true;
    private Task<TestPersonas>? _personas;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised yet.");

    /// <summary>The host environment: Development (the default), or e.g. Production to test what ships.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Service replacements applied after the API's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>An API on a database the caller owns (and drops), with extra configuration settings.</summary>
    public static CareerPathsApiFactory On(
        TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development",
        Action<IServiceCollection>? services = null)
    {
        var factory = new CareerPathsApiFactory { _database = database, _ownsDatabase = false, EnvironmentName = environment, TestServices = services };
        factory.Configure(settings);
        return factory;
    }

    /// <summary>Adds or replaces configuration settings (before the host starts).</summary>
    public void Configure(IReadOnlyDictionary<string, string?>? settings)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public async Task InitializeAsync() =>
        _database ??= await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), GetType().Name);

    /// <summary>The seeded personas of this API's database (as /dev/token picks them).</summary>
    public Task<TestPersonas> PersonasAsync() => _personas ??= TestPersonas.LoadAsync(Database);

    /// <summary>A client whose requests carry a token for <paramref name="persona"/>; null for an anonymous client.</summary>
    public async Task<HttpClient> CreateClientAs(string? persona = PersonaPicker.Employee)
    {
        var client = CreateClient();
        if (persona is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await PersonasAsync()).Token(persona));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Settings given here win over the environment, where make test points at the server's default database.
        builder.UseSetting($"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}", Database.ConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            // The local issuer's key from memory, never from (or into) a data directory.
            services.AddSingleton(TestSigningKeys.Trusted);
            TestServices?.Invoke(services);
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_ownsDatabase && _database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
