namespace CareerPaths.Matching.Learning;

/// <summary>
/// The cheapest set of offerings found for a set of needs, what each offering closes, and what no offering in the
/// catalogue can close (estimated as on-the-job hours per missing level, or a certification's own preparation hours).
/// </summary>
/// <param name="ProvedOptimal">True when the exact search finished; false when greedy + improvement was used.</param>
public sealed record LearningPlan(
    IReadOnlyList<PlannedOffering> Offerings,
    IReadOnlyList<SkillNeed> UncoveredSkills,
    IReadOnlyList<UncoveredCertification> UncoveredCertifications,
    double OfferingHours,
    double OfferingCost,
    double SelfStudyHours,
    bool ProvedOptimal)
{
    /// <summary>All the effort the plan implies: offerings plus self-study for what they cannot close.</summary>
    public double TotalHours => OfferingHours + SelfStudyHours;

    public static LearningPlan Empty { get; } = new([], [], [], 0, 0, 0, ProvedOptimal: true);
}

/// <summary>One chosen offering and the needs it closes.</summary>
public sealed record PlannedOffering(
    int OfferingId,
    double Hours,
    double Cost,
    IReadOnlyList<SkillNeed> ClosesSkills,
    IReadOnlyList<CertificationNeed> ClosesCertifications);

/// <summary>A certification need no offering prepares for: self-study at the cheapest certification's preparation hours.</summary>
public sealed record UncoveredCertification(CertificationNeed Need, int CheapestCertificationId, double PreparationHours);
