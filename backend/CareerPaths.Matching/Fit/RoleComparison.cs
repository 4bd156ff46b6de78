using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Fit;

/// <summary>One person against one role, explained item by item.</summary>
/// <param name="Fit">Σ wᵢ·min(effᵢ, reqᵢ)/reqᵢ ÷ Σ wᵢ over <see cref="Requirements"/>; 1 for a role with no requirements.</param>
public sealed record RoleComparison(
    int PersonId,
    int RoleId,
    double Fit,
    IReadOnlyList<RequirementAssessment> Requirements,
    IReadOnlyList<CertificationAssessment> Certifications,
    ReadinessEstimate Readiness)
{
    /// <summary>Requirements the person falls short of.</summary>
    public IEnumerable<RequirementAssessment> SkillGaps => Requirements.Where(r => r.Gap > 0);

    /// <summary>Required certification groups the person holds no valid certification of.</summary>
    public IEnumerable<CertificationAssessment> MissingCertifications => Certifications.Where(c => c.IsGap);
}

/// <summary>One requirement: what is needed, what the person has, where that level comes from.</summary>
/// <param name="Weight">wᵢ = importance × essential factor.</param>
/// <param name="Coverage">min(effective, required) / required: this item's share of fit is Weight × Coverage / Σ weights.</param>
/// <param name="Source">Evidence that decided the effective level; null when the person has none (level 0).</param>
public sealed record RequirementAssessment(
    int SkillId,
    double Required,
    int Effective,
    double Gap,
    double Importance,
    bool Essential,
    double Weight,
    double Coverage,
    EvidenceSource? Source,
    DateOnly? AssessedOn,
    int? CertificationId,
    bool IsStale);

/// <summary>A certification group of the role and the valid certification (lowest id) the person holds from it.</summary>
public sealed record CertificationAssessment(IReadOnlyList<int> AnyOf, bool Required, int? HeldCertificationId)
{
    public bool IsGap => Required && HeldCertificationId is null;
}
