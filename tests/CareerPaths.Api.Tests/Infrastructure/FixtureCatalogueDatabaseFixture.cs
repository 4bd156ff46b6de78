using CareerPaths.Api.Seeding;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// A class fixture: a fresh database seeded with the small test catalogue (Seeding/Fixtures), whose codes are
/// stable, unlike the real catalogue's.
/// </summary>
public sealed class FixtureCatalogueDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "fixture_catalogue");
        using var scratch = Seeding.SeedDataScratch.FromFixtures();
        await using var db = _database.CreateContext();
        await DatabaseSeeding.SeedFromDirectoryAsync(db, scratch.Directory, TestSeeding.Now);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
