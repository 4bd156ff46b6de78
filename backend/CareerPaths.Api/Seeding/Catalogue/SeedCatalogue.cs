namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>
/// Everything in <c>seed-data/</c>, read and validated. Each list keeps file order, so an item's index is its
/// index in the file (and in the JSON paths of messages). A missing file is an empty list.
/// </summary>
public sealed record SeedCatalogue(
    IReadOnlyList<SkillSeed> Skills,
    IReadOnlyList<CertificationSeed> Certifications,
    IReadOnlyList<RoleSeed> Roles,
    IReadOnlyList<TransitionSeed> Transitions,
    IReadOnlyList<LearningOfferingSeed> LearningOfferings,
    IReadOnlyList<SegregationRuleSeed> SegregationRules,
    IReadOnlyList<OrgUnitSeed> OrgUnits,
    IReadOnlyList<PersonSeed> People)
{
    public static SeedCatalogue Empty { get; } = new([], [], [], [], [], [], [], []);
}
