using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Data.Roles;

/// <summary>A skill a role version needs, at which level, and how much it weighs in the fit.</summary>
public class RoleRequirement
{
    public int Id { get; set; }

    public int RoleProfileVersionId { get; set; }

    public int SkillId { get; set; }

    /// <summary>1–7 on the shared proficiency scale.</summary>
    public int RequiredLevel { get; set; }

    /// <summary>1 (nice to have) – 5 (critical): the weight of this requirement in the fit.</summary>
    public int Importance { get; set; }

    /// <summary>Essential requirements must be met to be "ready now"; the others are desirable.</summary>
    public bool IsEssential { get; set; }

    public RoleProfileVersion RoleProfileVersion { get; set; } = null!;

    public Skill Skill { get; set; } = null!;
}
