namespace CareerPaths.Matching.Fit;

/// <summary>How soon a person could take a role; the order is the succession ranking order.</summary>
public enum Readiness : byte
{
    /// <summary>No essential skill gap and no missing required certification.</summary>
    ReadyNow = 0,
    WithinOneYear = 1,
    OneToThreeYears = 2,
    Later = 3,
}

/// <summary>The effort behind a readiness class: closing the essential gaps and the missing required certifications.</summary>
/// <param name="OfferingHours">Hours of the offerings chosen (fewest hours, exact cover) to close what the catalogue can.</param>
/// <param name="SelfStudyHours">Essential gaps no offering reaches (hours per level) plus certification preparation hours.</param>
/// <param name="Months">(OfferingHours + SelfStudyHours) ÷ development hours per month.</param>
public sealed record ReadinessEstimate(
    Readiness Readiness,
    double OfferingHours,
    double SelfStudyHours,
    double Months,
    IReadOnlyList<int> OfferingIds)
{
    public static ReadinessEstimate ReadyNow { get; } = new(Readiness.ReadyNow, 0, 0, 0, []);

    /// <summary>ReadyNow when nothing blocks; otherwise ≤ 12 months, ≤ 36 months, or later.</summary>
    public static Readiness Classify(bool blocked, double months) =>
        !blocked ? Readiness.ReadyNow
        : months <= 12 ? Readiness.WithinOneYear
        : months <= 36 ? Readiness.OneToThreeYears
        : Readiness.Later;
}
