namespace CareerPaths.Api.Data.Skills;

/// <summary>What one proficiency level (1–7) of one skill looks like in practice.</summary>
public class SkillLevelDescriptor
{
    public int SkillId { get; set; }

    public int Level { get; set; }

    public required string Descriptor { get; set; }

    public Skill Skill { get; set; } = null!;
}
