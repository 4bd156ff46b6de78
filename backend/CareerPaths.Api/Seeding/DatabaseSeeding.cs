using CareerPaths.Api.Data;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding;

/// <summary>Read, validate, then write: the whole seeding step of start-up, also used by tests and tools.</summary>
public static class DatabaseSeeding
{
    public static async Task<SeedReport> SeedFromDirectoryAsync(CareerPathsDbContext db, string directory, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        // Validation reads and checks every file before the first row is written.
        var catalogue = SeedCatalogueReader.Read(directory);
        return await CatalogueSeeder.SeedAsync(db, catalogue, now, cancellationToken);
    }
}
