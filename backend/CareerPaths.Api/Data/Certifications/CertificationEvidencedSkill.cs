using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Data.Certifications;

/// <summary>A skill level that holding an active certification is evidence of.</summary>
public class CertificationEvidencedSkill
{
    public int CertificationId { get; set; }

    public int SkillId { get; set; }

    public int Level { get; set; }

    public Certification Certification { get; set; } = null!;

    public Skill Skill { get; set; } = null!;
}
