using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>What is decided about a person before their skill evidence, which depends on all of it.</summary>
internal sealed record PersonDraft(
    RoleSeed Role,
    bool HasManager,
    IReadOnlyList<string> Goals,
    IReadOnlyList<HeldCertificationSeed> Certifications,
    DateOnly ReferenceDate);
