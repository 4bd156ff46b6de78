using CareerPaths.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// The API in memory on a real PostgreSQL database of its own. As a class fixture it gets a fresh copy of the
/// migrated and seeded template, so each test class starts from the catalogue as on a first start.
/// </summary>
public class CareerPathsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        // The test output is for test results. Failures reach the tests as exceptions and responses; expected
        // ones (an unreachable database in the readiness tests) would only look alarming in the log.
        ["Logging:LogLevel:Default"] = "Critical",
    };

    private TestDatabase? _database;
    private bool _ownsDatabase = true;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised yet.");

    /// <summary>An API on a database the caller owns (and drops), with extra configuration settings.</summary>
    public static CareerPathsApiFactory On(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new CareerPathsApiFactory { _database = database, _ownsDatabase = false };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory._settings[key] = value;
        }
        return factory;
    }

    public async Task InitializeAsync() =>
        _database ??= await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), GetType().Name);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings given here win over the environment, where make test points at the server's default database.
        builder.UseSetting($"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}", Database.ConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
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
