using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Employees;

internal sealed class EmployeeCertificationConfiguration : IEntityTypeConfiguration<EmployeeCertification>
{
    public void Configure(EntityTypeBuilder<EmployeeCertification> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_EmployeeCertifications_ExpiresAfterEarned", "\"ExpiresOn\" IS NULL OR \"ExpiresOn\" >= \"EarnedOn\""));
        // A renewal is a new row with a later earned date; the same one twice is a mistake.
        builder.HasIndex(held => new { held.EmployeeId, held.CertificationId, held.EarnedOn }).IsUnique();
        builder.HasIndex(held => held.CertificationId);
        builder.HasOne(held => held.Certification).WithMany().HasForeignKey(held => held.CertificationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
