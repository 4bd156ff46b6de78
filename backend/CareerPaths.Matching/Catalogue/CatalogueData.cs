namespace CareerPaths.Matching.Catalogue;

/// <summary>Everything the matcher needs besides people: published roles and the catalogues around them.</summary>
public sealed record CatalogueData(
    IReadOnlyList<RoleProfile> Roles,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<LearningOffering> Offerings,
    IReadOnlyList<CareerTransition> Transitions,
    IReadOnlyList<SegregationOfDutiesRule> SegregationRules);
