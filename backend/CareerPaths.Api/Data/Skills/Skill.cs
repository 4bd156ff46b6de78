namespace CareerPaths.Api.Data.Skills;

/// <summary>A skill of the catalogue, measured on the shared 0–7 proficiency scale.</summary>
public class Skill
{
    public int Id { get; set; }

    /// <summary>Stable kebab-case code that seed files and imports refer to.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public SkillCategory Category { get; set; }

    public required string Description { get; set; }

    /// <summary>O*NET element id (e.g. <c>2.A.2.a</c>) when the skill maps onto an O*NET element.</summary>
    public string? OnetElementId { get; set; }

    /// <summary>ESCO concept URI when the skill maps onto an ESCO skill.</summary>
    public string? EscoUri { get; set; }

    /// <summary>SFIA-style skill code (e.g. <c>GOVN</c>).</summary>
    public string? SfiaCode { get; set; }

    /// <summary>Where the definition comes from (a URL or a seed article).</summary>
    public string? Source { get; set; }

    public ICollection<SkillLevelDescriptor> LevelDescriptors { get; } = [];
}
