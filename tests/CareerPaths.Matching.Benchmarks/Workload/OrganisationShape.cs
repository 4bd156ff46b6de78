namespace CareerPaths.Matching.Benchmarks.Workload;

/// <summary>How big a synthetic organisation is.</summary>
public sealed record OrganisationShape(
    int People,
    int Roles,
    int Skills,
    int Offerings,
    int Certifications,
    int OrgUnits,
    int MinRequirements = 8,
    int MaxRequirements = 15)
{
    /// <summary>The benchmark organisation: 100,000 people, 1,000 roles, 200 skills, 200 offerings.</summary>
    public static OrganisationShape Large { get; } = new(100_000, 1_000, 200, 200, 60, 400);

    /// <summary>A few dozen people: what the property tests draw many of.</summary>
    public static OrganisationShape Small { get; } = new(40, 12, 24, 14, 5, 6, 3, 7);
}
