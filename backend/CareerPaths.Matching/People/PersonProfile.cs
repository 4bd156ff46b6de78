namespace CareerPaths.Matching.People;

/// <summary>An employee as the matcher sees them: where they sit, what role they hold, their evidence.</summary>
/// <param name="GoalRoleIds">Career goals (target roles); cohort planning can select people by them.</param>
public sealed record PersonProfile(
    int Id,
    int? OrgUnitId,
    int? CurrentRoleId,
    IReadOnlyList<SkillEvidence> Evidence,
    IReadOnlyList<HeldCertification> Certifications,
    IReadOnlyList<int> GoalRoleIds);

/// <summary>Where a skill level claim comes from.</summary>
public enum EvidenceSource
{
    Self = 0,
    Manager = 1,
    Assessment = 2,
    Certification = 3,
}

/// <summary>One piece of evidence for a skill level.</summary>
/// <param name="CertificationId">For <see cref="EvidenceSource.Certification"/>: the certification it rests on, if known.</param>
public sealed record SkillEvidence(int SkillId, int Level, EvidenceSource Source, DateOnly AssessedOn, int? CertificationId = null);

/// <summary>A certification a person earned; <paramref name="Expires"/> null means "use the catalogue's validity".</summary>
public sealed record HeldCertification(int CertificationId, DateOnly Earned, DateOnly? Expires);

/// <summary>An org unit and its parent (null at the root).</summary>
public sealed record OrgUnit(int Id, int? ParentId);
