namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>Folders of the checkout the tests run from, found by walking up to <c>CareerPaths.sln</c>.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerPaths.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No CareerPaths.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootFolder.Value;

    /// <summary>The real catalogue, <c>seed-data/</c>.</summary>
    public static string SeedData => Path.Combine(Root, "seed-data");

    /// <summary>A small, valid catalogue for tests that need to break or extend one.</summary>
    public static string SeedFixtures => Path.Combine(Root, "tests", "CareerPaths.Api.Tests", "Seeding", "Fixtures");
}
