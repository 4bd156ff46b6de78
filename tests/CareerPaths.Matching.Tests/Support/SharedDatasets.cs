namespace CareerPaths.Matching.Tests.Support;

/// <summary>The read-only datasets beside the repository (../shared/datasets), found from the test's working folder.</summary>
internal static class SharedDatasets
{
    public static string Onet => Path.Combine(RepositoryRoot(), "..", "shared", "datasets", "onet-29.3");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerPaths.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CareerPaths.sln not found above " + AppContext.BaseDirectory);
    }
}
