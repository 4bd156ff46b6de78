namespace CareerPaths.Api.Data.Certifications;

/// <summary>A professional certification (CISSP, CISM, ITIL …) and what it takes to earn and keep it.</summary>
public class Certification
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Issuer { get; set; }

    public required string Description { get; set; }

    /// <summary>Years an earned certification stays valid; <c>null</c> when it never expires.</summary>
    public int? ValidityYears { get; set; }

    /// <summary>How it is kept valid (continuing education credits, annual fee, re-examination …).</summary>
    public required string Renewal { get; set; }

    public required string Prerequisites { get; set; }

    public int PrerequisiteExperienceYears { get; set; }

    /// <summary>Typical hours of preparation, used to estimate how long closing a certification gap takes.</summary>
    public int PreparationHours { get; set; }

    public string? Source { get; set; }

    public ICollection<CertificationEvidencedSkill> EvidencedSkills { get; } = [];
}
