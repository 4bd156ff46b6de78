using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Development;

internal sealed class DevelopmentActionConfiguration : IEntityTypeConfiguration<DevelopmentAction>
{
    public void Configure(EntityTypeBuilder<DevelopmentAction> builder)
    {
        var learning = EnumText<DevelopmentActionKind>.ToText(DevelopmentActionKind.LearningOffering);
        var certification = EnumText<DevelopmentActionKind>.ToText(DevelopmentActionKind.Certification);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_DevelopmentActions_Kind", EnumText<DevelopmentActionKind>.CheckSql("Kind"));
            table.HasCheckConstraint("CK_DevelopmentActions_Status", EnumText<DevelopmentActionStatus>.CheckSql("Status"));
            table.HasCheckConstraint("CK_DevelopmentActions_Position", "\"Position\" >= 1");
            // A learning step names its offering and a certification step its certification, or the plan
            // cannot be costed or checked for completion.
            table.HasCheckConstraint("CK_DevelopmentActions_LearningOfferingMatchesKind",
                $"(\"Kind\" = '{learning}') = (\"LearningOfferingId\" IS NOT NULL)");
            table.HasCheckConstraint("CK_DevelopmentActions_CertificationMatchesKind",
                $"\"Kind\" <> '{certification}' OR \"CertificationId\" IS NOT NULL");
        });
        builder.Property(action => action.Title).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(action => new { action.DevelopmentPlanId, action.Position }).IsUnique();
        builder.HasIndex(action => action.LearningOfferingId);
        builder.HasIndex(action => action.CertificationId);
        builder.HasOne(action => action.LearningOffering).WithMany().HasForeignKey(action => action.LearningOfferingId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(action => action.Certification).WithMany().HasForeignKey(action => action.CertificationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
