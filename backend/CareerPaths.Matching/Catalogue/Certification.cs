namespace CareerPaths.Matching.Catalogue;

/// <summary>A certification: the skill levels it evidences, how long it stays valid, how long it takes to prepare.</summary>
/// <param name="ValidityYears">Years from earning until it expires when the held record gives no expiry; null = never expires.</param>
public sealed record Certification(
    int Id,
    IReadOnlyList<SkillLevel> Evidences,
    int? ValidityYears,
    double PreparationHours);

/// <summary>A skill at a level (certification evidence, or the level a learning offering raises a skill to).</summary>
public sealed record SkillLevel(int SkillId, int Level);
