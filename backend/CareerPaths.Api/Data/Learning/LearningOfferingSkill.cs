using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Data.Learning;

/// <summary>A skill an offering raises, and the level it can take a participant to.</summary>
public class LearningOfferingSkill
{
    public int LearningOfferingId { get; set; }

    public int SkillId { get; set; }

    public int ToLevel { get; set; }

    public LearningOffering LearningOffering { get; set; } = null!;

    public Skill Skill { get; set; } = null!;
}
