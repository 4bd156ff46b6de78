using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>A class fixture: a fresh copy of the migrated and seeded template, without an API on it.</summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public async Task InitializeAsync() =>
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), "matcher_seeded");

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
