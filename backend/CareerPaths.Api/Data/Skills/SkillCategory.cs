namespace CareerPaths.Api.Data.Skills;

/// <summary>The broad kind of a skill, used to group skills in profiles and the gap heat map.</summary>
public enum SkillCategory
{
    Technical,
    Business,
    Leadership,
    Knowledge,
}
