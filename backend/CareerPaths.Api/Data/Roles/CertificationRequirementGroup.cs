namespace CareerPaths.Api.Data.Roles;

/// <summary>
/// "Any of these certifications": holding one member satisfies the group (e.g. CISSP or CISM).
/// A single certification requirement is a group of one.
/// </summary>
public class CertificationRequirementGroup
{
    public int Id { get; set; }

    public int RoleProfileVersionId { get; set; }

    /// <summary>Order of the group in the profile, from 1.</summary>
    public int Position { get; set; }

    /// <summary>Required groups are gaps when unmet; recommended ones only count towards the fit.</summary>
    public bool IsRequired { get; set; }

    public RoleProfileVersion RoleProfileVersion { get; set; } = null!;

    public ICollection<CertificationRequirementOption> Options { get; } = [];
}
