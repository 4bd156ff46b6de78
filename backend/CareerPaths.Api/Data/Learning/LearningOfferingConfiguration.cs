using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Learning;

internal sealed class LearningOfferingConfiguration : IEntityTypeConfiguration<LearningOffering>
{
    public void Configure(EntityTypeBuilder<LearningOffering> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_LearningOfferings_Kind", EnumText<LearningOfferingKind>.CheckSql("Kind"));
            table.HasCheckConstraint("CK_LearningOfferings_Format", EnumText<LearningFormat>.CheckSql("Format"));
            table.HasCheckConstraint("CK_LearningOfferings_Hours", "\"Hours\" > 0");
            table.HasCheckConstraint("CK_LearningOfferings_CostAmount", "\"CostAmount\" >= 0");
            table.HasCheckConstraint("CK_LearningOfferings_CostCurrency", "\"CostCurrency\" ~ '^[A-Z]{3}$'");
            table.HasCheckConstraint("CK_LearningOfferings_Capacity", "\"Capacity\" >= 1");
        });
        builder.Property(offering => offering.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(offering => offering.Title).HasMaxLength(ColumnLengths.Name);
        builder.Property(offering => offering.Provider).HasMaxLength(ColumnLengths.Name);
        builder.Property(offering => offering.Hours).HasPrecision(7, 2);
        builder.Property(offering => offering.CostAmount).HasPrecision(12, 2);
        builder.Property(offering => offering.CostCurrency).HasMaxLength(3).IsFixedLength();

        builder.HasIndex(offering => offering.Code).IsUnique();
        builder.HasIndex(offering => offering.CertificationId);
        builder.HasOne(offering => offering.Certification).WithMany().HasForeignKey(offering => offering.CertificationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(offering => offering.Covers).WithOne(covered => covered.LearningOffering)
            .HasForeignKey(covered => covered.LearningOfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(offering => offering.Sessions).WithOne(session => session.LearningOffering)
            .HasForeignKey(session => session.LearningOfferingId).OnDelete(DeleteBehavior.Cascade);
    }
}
