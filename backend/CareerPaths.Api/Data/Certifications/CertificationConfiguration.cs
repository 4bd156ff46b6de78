using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Certifications;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_Certifications_ValidityYears", "\"ValidityYears\" IS NULL OR \"ValidityYears\" > 0");
            table.HasCheckConstraint("CK_Certifications_PrerequisiteExperienceYears", "\"PrerequisiteExperienceYears\" >= 0");
            table.HasCheckConstraint("CK_Certifications_PreparationHours", "\"PreparationHours\" > 0");
        });
        builder.Property(certification => certification.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(certification => certification.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(certification => certification.Issuer).HasMaxLength(ColumnLengths.Name);

        builder.HasIndex(certification => certification.Code).IsUnique();
        builder.HasIndex(certification => certification.Name).IsUnique();

        builder.HasMany(certification => certification.EvidencedSkills)
            .WithOne(evidenced => evidenced.Certification)
            .HasForeignKey(evidenced => evidenced.CertificationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
