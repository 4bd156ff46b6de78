namespace CareerPaths.Api.Data.Roles;

/// <summary>
/// One version of a role profile. A role has at most one published and at most one draft version;
/// archived versions stay readable so past comparisons can be explained.
/// </summary>
public class RoleProfileVersion
{
    public int Id { get; set; }

    public int RoleProfileId { get; set; }

    /// <summary>1, 2, 3 … per role, in the order the versions were created.</summary>
    public int VersionNumber { get; set; }

    public RoleVersionStatus Status { get; set; }

    public required string Name { get; set; }

    public RoleFamily Family { get; set; }

    public RoleTier Tier { get; set; }

    public RoleSide Side { get; set; }

    public required string Description { get; set; }

    public List<string> Responsibilities { get; set; } = [];

    public int MinimumExperienceYears { get; set; }

    /// <summary>Where the profile's content comes from (URLs or seed articles).</summary>
    public List<string> Sources { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public RoleProfile RoleProfile { get; set; } = null!;

    public ICollection<RoleRequirement> Requirements { get; } = [];

    public ICollection<CertificationRequirementGroup> CertificationGroups { get; } = [];

    public ICollection<EducationRequirement> EducationRequirements { get; } = [];
}
