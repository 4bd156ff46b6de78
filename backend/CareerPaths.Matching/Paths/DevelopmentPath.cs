namespace CareerPaths.Matching.Paths;

/// <summary>One route from where the person is to the target role.</summary>
/// <param name="TotalMonths">Σ step months: the ranking key (then fewer steps, then role ids in order).</param>
/// <param name="BreaksSegregationOfDuties">Some step's role conflicts with a role the person would hold at the same time.</param>
public sealed record DevelopmentPath(
    IReadOnlyList<PathStep> Steps,
    double TotalMonths,
    double TotalHours,
    bool BreaksSegregationOfDuties);

/// <summary>
/// Moving into <paramref name="RoleId"/>: the gaps this step closes (skills gained at earlier steps already
/// count), the certifications to earn, the learning chosen to close them (fewest hours) and the time it takes.
/// </summary>
/// <param name="FromRoleId">Role the step starts from; null for a first step taken from the person's skills alone.</param>
/// <param name="TypicalYears">For a curated transition, HR's typical years.</param>
/// <param name="Months">max(learning hours ÷ development hours per month, typical years × 12).</param>
public sealed record PathStep(
    int? FromRoleId,
    int RoleId,
    EdgeKind Edge,
    double? TypicalYears,
    IReadOnlyList<StepSkillGap> ClosesSkills,
    IReadOnlyList<IReadOnlyList<int>> EarnsCertificationFrom,
    IReadOnlyList<int> OfferingIds,
    double OfferingHours,
    double SelfStudyHours,
    double Months,
    IReadOnlyList<SegregationConflict> Conflicts);

/// <summary>A skill raised at a step, from the level carried into the step to the role's required level.</summary>
public sealed record StepSkillGap(int SkillId, double From, double To, bool Essential);

/// <summary>The step's role and <paramref name="WithRoleId"/> must not be held together (rule and reason).</summary>
public sealed record SegregationConflict(int RuleId, int WithRoleId, string Reason);
