namespace CareerPaths.Matching;

/// <summary>The matcher's tunable constants; docs/matcher.md explains each default.</summary>
public sealed record MatchingOptions
{
    /// <summary>An essential requirement weighs this many times its importance in fit and in heat-map severity.</summary>
    public double EssentialWeightFactor { get; init; } = 2.0;

    /// <summary>Evidence assessed longer ago than this is marked stale (it still counts).</summary>
    public int StaleAfterMonths { get; init; } = 24;

    /// <summary>Development time a person spends per month (10% of a 160-hour month).</summary>
    public double DevelopmentHoursPerMonth { get; init; } = 16;

    /// <summary>Effort assumed per missing level when no offering in the catalogue reaches the required level.</summary>
    public double UncoveredHoursPerLevel { get; init; } = 80;

    /// <summary>Within the same tier, a role whose seniority differs by less than this is lateral.</summary>
    public double SeniorityMargin { get; init; } = 0.5;

    /// <summary>How many most-similar roles each role is linked to by a skill-similarity edge.</summary>
    public int SimilarityEdgesPerRole { get; init; } = 5;

    /// <summary>Neighbourhood size of the hubness correction in <c>RoleSimilarity</c>.</summary>
    public int HubnessNeighbourhood { get; init; } = 50;

    /// <summary>Most steps a development path may take.</summary>
    public int MaxPathSteps { get; init; } = 4;

    /// <summary>Search nodes the exact learning-plan solver may visit before it settles for greedy + improvement.</summary>
    public int ExactCoverNodeLimit { get; init; } = 200_000;

    public static MatchingOptions Default { get; } = new();
}
