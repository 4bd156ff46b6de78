namespace CareerPaths.Api.Seeding;

/// <summary>Finds <c>seed-data/</c>: configured explicitly, or the nearest one at or above a starting folder.</summary>
public static class SeedDataDirectory
{
    public const string FolderName = "seed-data";

    public static string Resolve(string? configured, string startFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, startFolder);
            return Directory.Exists(full)
                ? full
                : throw new SeedDataException($"The configured seed data directory {full} ({SeedingOptions.Section}:Directory) does not exist.");
        }
        // `make run` starts the API from the repository root, tests from the project folder: both find it.
        for (var folder = new DirectoryInfo(Path.GetFullPath(startFolder)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new SeedDataException(
            $"No {FolderName}/ folder at or above {startFolder}. Set {SeedingOptions.Section}:Directory, or turn seeding off " +
            $"with {SeedingOptions.Section}:Enabled=false.");
    }
}
