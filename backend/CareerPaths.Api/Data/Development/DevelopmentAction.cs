using CareerPaths.Api.Data.Certifications;
using CareerPaths.Api.Data.Learning;

namespace CareerPaths.Api.Data.Development;

/// <summary>One step of a development plan; which reference it carries depends on its <see cref="Kind"/>.</summary>
public class DevelopmentAction
{
    public int Id { get; set; }

    public int DevelopmentPlanId { get; set; }

    /// <summary>Order within the plan, from 1.</summary>
    public int Position { get; set; }

    public DevelopmentActionKind Kind { get; set; }

    public required string Title { get; set; }

    public int? LearningOfferingId { get; set; }

    public int? CertificationId { get; set; }

    public DateOnly? DueOn { get; set; }

    public DevelopmentActionStatus Status { get; set; }

    public DevelopmentPlan DevelopmentPlan { get; set; } = null!;

    public LearningOffering? LearningOffering { get; set; }

    public Certification? Certification { get; set; }
}
