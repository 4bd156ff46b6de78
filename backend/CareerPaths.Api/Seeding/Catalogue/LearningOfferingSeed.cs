using CareerPaths.Api.Data.Learning;

namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>learning-offerings.json</c>.</summary>
public sealed record LearningOfferingSeed(
    string Code,
    string Title,
    LearningOfferingKind Kind,
    string Provider,
    LearningFormat Format,
    decimal Hours,
    CostSeed Cost,
    int Capacity,
    IReadOnlyList<CoverageSeed> Covers,
    IReadOnlyList<SessionSeed> Sessions,
    string? Certification = null);

public sealed record CostSeed(decimal Amount, string Currency);

public sealed record CoverageSeed(string Skill, int ToLevel);

public sealed record SessionSeed(string Code, DateOnly Starts, DateOnly Ends);
