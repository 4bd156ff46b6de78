using CareerPaths.Api.Data.Certifications;

namespace CareerPaths.Api.Data.Roles;

/// <summary>One certification that satisfies a <see cref="CertificationRequirementGroup"/>.</summary>
public class CertificationRequirementOption
{
    public int CertificationRequirementGroupId { get; set; }

    public int CertificationId { get; set; }

    public CertificationRequirementGroup Group { get; set; } = null!;

    public Certification Certification { get; set; } = null!;
}
