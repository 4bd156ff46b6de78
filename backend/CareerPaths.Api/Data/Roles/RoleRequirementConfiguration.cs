using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class RoleRequirementConfiguration : IEntityTypeConfiguration<RoleRequirement>
{
    public void Configure(EntityTypeBuilder<RoleRequirement> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_RoleRequirements_RequiredLevel",
                $"\"RequiredLevel\" BETWEEN {ProficiencyLevels.Lowest} AND {ProficiencyLevels.Highest}");
            table.HasCheckConstraint("CK_RoleRequirements_Importance", "\"Importance\" BETWEEN 1 AND 5");
        });
        // One requirement per skill per version; the unique index also serves "requirements of a version".
        builder.HasIndex(requirement => new { requirement.RoleProfileVersionId, requirement.SkillId }).IsUnique();
        // Succession and gap heat maps ask "which roles need this skill".
        builder.HasIndex(requirement => requirement.SkillId);
        builder.HasOne(requirement => requirement.Skill).WithMany().HasForeignKey(requirement => requirement.SkillId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
