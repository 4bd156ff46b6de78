using CareerPaths.Api.Data;
using CareerPaths.Api.Seeding;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>Seeds a test database the way the API does at its first start.</summary>
internal static class TestSeeding
{
    /// <summary>A fixed "now", so seeded timestamps do not depend on when the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static Task SeedRepositoryCatalogueAsync(CareerPathsDbContext db) =>
        DatabaseSeeding.SeedFromDirectoryAsync(db, RepositoryPaths.SeedData, Now);
}
