using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Certifications;

internal sealed class CertificationEvidencedSkillConfiguration : IEntityTypeConfiguration<CertificationEvidencedSkill>
{
    public void Configure(EntityTypeBuilder<CertificationEvidencedSkill> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_CertificationEvidencedSkills_Level", $"\"Level\" BETWEEN {ProficiencyLevels.Lowest} AND {ProficiencyLevels.Highest}"));
        builder.HasKey(evidenced => new { evidenced.CertificationId, evidenced.SkillId });
        // The matcher asks "which certifications evidence this skill" when it explains a gap.
        builder.HasIndex(evidenced => evidenced.SkillId);
        // A skill in use by a certification must not disappear from under it.
        builder.HasOne(evidenced => evidenced.Skill).WithMany().HasForeignKey(evidenced => evidenced.SkillId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
