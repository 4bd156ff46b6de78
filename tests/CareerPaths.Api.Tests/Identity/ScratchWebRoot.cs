namespace CareerPaths.Api.Tests.Identity;

/// <summary>A built web app in a temporary folder (a GraphiQL page and one asset), for tests of what is served without sign-in.</summary>
public sealed class ScratchWebRoot : IDisposable
{
    public const string AssetPath = "/assets/app-1a2b3c.js";

    public ScratchWebRoot()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "src", "graphiql"));
        Directory.CreateDirectory(Path.Combine(Folder, "assets"));
        File.WriteAllText(Path.Combine(Folder, "src", "graphiql", "graphiql.html"), "<!doctype html><title>GraphiQL</title>");
        File.WriteAllText(Path.Combine(Folder, "assets", "app-1a2b3c.js"), "export {};");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "careerpaths-webroot-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["CareerPaths:WebRoot"] = Folder };

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
