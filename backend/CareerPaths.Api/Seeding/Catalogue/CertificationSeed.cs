namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>certifications.json</c>.</summary>
public sealed record CertificationSeed(
    string Code,
    string Name,
    string Issuer,
    string Description,
    int? ValidityYears,
    string Renewal,
    string Prerequisites,
    int PrerequisiteExperienceYears,
    int PreparationHours,
    IReadOnlyList<SkillLevelSeed> Evidences,
    string Source);

/// <summary>A skill at a level, as a certification evidences it.</summary>
public sealed record SkillLevelSeed(string Skill, int Level);
