namespace CareerPaths.Api.Seeding;

/// <summary>Configuration section <c>CareerPaths:Seeding</c>.</summary>
public sealed class SeedingOptions
{
    public const string Section = "CareerPaths:Seeding";

    /// <summary>Seed at start-up (default). Off for deployments whose data comes from elsewhere.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder with the seed files; default: the nearest <c>seed-data/</c> at or above the content root.</summary>
    public string? Directory { get; set; }
}
