namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>A class fixture: a fresh migrated, empty database for one test class.</summary>
public sealed class MigratedDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public async Task InitializeAsync() =>
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "migrated");

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
