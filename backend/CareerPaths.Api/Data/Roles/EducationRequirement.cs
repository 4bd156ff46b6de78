namespace CareerPaths.Api.Data.Roles;

/// <summary>A degree a role version asks for (or prefers), in any of the listed fields.</summary>
public class EducationRequirement
{
    public int Id { get; set; }

    public int RoleProfileVersionId { get; set; }

    public EducationLevel Level { get; set; }

    /// <summary>Accepted fields of study, e.g. "Computer Science", "Engineering"; empty means any field.</summary>
    public List<string> Fields { get; set; } = [];

    public bool IsRequired { get; set; }

    public RoleProfileVersion RoleProfileVersion { get; set; } = null!;
}
