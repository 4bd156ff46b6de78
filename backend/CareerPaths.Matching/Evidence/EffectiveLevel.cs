using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Evidence;

/// <summary>The level the matcher uses for one skill of one person, and the evidence it came from.</summary>
/// <param name="CertificationId">Set when the deciding evidence rests on a (valid) certification.</param>
/// <param name="IsStale">The deciding evidence is older than the staleness window; it still counts.</param>
public sealed record EffectiveLevel(
    int SkillId,
    int Level,
    EvidenceSource Source,
    DateOnly AssessedOn,
    int? CertificationId,
    bool IsStale);
