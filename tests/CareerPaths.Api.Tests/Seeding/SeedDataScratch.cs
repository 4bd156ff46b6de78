using System.Text.Json.Nodes;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding;

/// <summary>
/// A throw-away seed-data folder: the test fixtures (or the real catalogue) plus the real schemas, which a test
/// may then break or extend. Deleted on dispose.
/// </summary>
public sealed class SeedDataScratch : IDisposable
{
    private SeedDataScratch(string source)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"careerpaths-seed-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "schemas"));
        foreach (var file in System.IO.Directory.GetFiles(source, "*.json"))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
        foreach (var schema in System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.SeedData, "schemas"), "*.json"))
        {
            File.Copy(schema, Path.Combine(Directory, "schemas", Path.GetFileName(schema)));
        }
    }

    public string Directory { get; }

    public static SeedDataScratch FromFixtures() => new(RepositoryPaths.SeedFixtures);

    public static SeedDataScratch FromRepositoryCatalogue() => new(RepositoryPaths.SeedData);

    public string PathOf(SeedFile file) => Path.Combine(Directory, file.FileName);

    /// <summary>Changes one file through its JSON tree; the file is rewritten with the usual 2-space indent.</summary>
    public SeedDataScratch Edit(SeedFile file, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(PathOf(file)))!;
        change(root);
        File.WriteAllText(PathOf(file), root.ToJsonString(SeedJsonOptions.Default) + "\n");
        return this;
    }

    /// <summary>The file's records, e.g. <c>Items(root, SeedFile.Roles)[3]</c>.</summary>
    public static JsonArray Items(JsonNode root, SeedFile file) => root[file.CollectionProperty]!.AsArray();

    public SeedDataScratch WriteText(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Directory, fileName), text);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
