using CareerPaths.Api.Data.Certifications;

namespace CareerPaths.Api.Data.Learning;

/// <summary>
/// Something a person can do to raise skills: a course, certification preparation, mentoring or a stretch
/// assignment. Its hours and cost are what learning recommendations and cohort planning minimise.
/// </summary>
public class LearningOffering
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public LearningOfferingKind Kind { get; set; }

    public required string Provider { get; set; }

    public LearningFormat Format { get; set; }

    public decimal Hours { get; set; }

    public decimal CostAmount { get; set; }

    /// <summary>ISO 4217 code of <see cref="CostAmount"/>.</summary>
    public required string CostCurrency { get; set; }

    /// <summary>Most participants one session (one cohort) can take.</summary>
    public int Capacity { get; set; }

    /// <summary>The certification it prepares for, when it is certification preparation.</summary>
    public int? CertificationId { get; set; }

    public Certification? Certification { get; set; }

    public ICollection<LearningOfferingSkill> Covers { get; } = [];

    public ICollection<LearningSession> Sessions { get; } = [];
}
