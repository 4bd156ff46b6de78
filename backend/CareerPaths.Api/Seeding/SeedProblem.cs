namespace CareerPaths.Api.Seeding;

/// <summary>Something wrong in a seed file: which file, where in it (a JSON path), and why.</summary>
public sealed record SeedProblem(string File, string Path, string Reason)
{
    public override string ToString() => $"{File} at {Path}: {Reason}";
}
