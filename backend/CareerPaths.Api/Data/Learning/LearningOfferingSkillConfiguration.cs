using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Learning;

internal sealed class LearningOfferingSkillConfiguration : IEntityTypeConfiguration<LearningOfferingSkill>
{
    public void Configure(EntityTypeBuilder<LearningOfferingSkill> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_LearningOfferingSkills_ToLevel", $"\"ToLevel\" BETWEEN {ProficiencyLevels.Lowest} AND {ProficiencyLevels.Highest}"));
        builder.HasKey(covered => new { covered.LearningOfferingId, covered.SkillId });
        // Learning recommendations start from the skills in a gap.
        builder.HasIndex(covered => covered.SkillId);
        builder.HasOne(covered => covered.Skill).WithMany().HasForeignKey(covered => covered.SkillId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
