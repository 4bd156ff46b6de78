using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Employees;

internal sealed class SkillEvidenceConfiguration : IEntityTypeConfiguration<SkillEvidence>
{
    public void Configure(EntityTypeBuilder<SkillEvidence> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_SkillEvidence_Level", $"\"Level\" BETWEEN {ProficiencyLevels.None} AND {ProficiencyLevels.Highest}");
            table.HasCheckConstraint("CK_SkillEvidence_Source", EnumText<EvidenceSource>.CheckSql("Source"));
        });
        // The matcher reads a person's evidence (profile, fit) and a skill's evidence across people
        // (succession, heat maps, cohort planning).
        builder.HasIndex(evidence => new { evidence.EmployeeId, evidence.SkillId });
        builder.HasIndex(evidence => new { evidence.SkillId, evidence.Level });
        builder.HasIndex(evidence => evidence.RecordedById);

        builder.HasOne(evidence => evidence.Skill).WithMany().HasForeignKey(evidence => evidence.SkillId)
            .OnDelete(DeleteBehavior.Restrict);
        // The statement outlives the person who recorded it; only the attribution is lost.
        builder.HasOne(evidence => evidence.RecordedBy).WithMany().HasForeignKey(evidence => evidence.RecordedById)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
