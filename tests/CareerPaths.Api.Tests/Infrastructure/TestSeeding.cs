using CareerPaths.Api.Data;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>Seeds a test database the way the API does at start-up.</summary>
internal static class TestSeeding
{
    public static Task SeedRepositoryCatalogueAsync(CareerPathsDbContext db) => Task.CompletedTask; // replaced once the seeder exists
}
