using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class CertificationRequirementOptionConfiguration : IEntityTypeConfiguration<CertificationRequirementOption>
{
    public void Configure(EntityTypeBuilder<CertificationRequirementOption> builder)
    {
        builder.HasKey(option => new { option.CertificationRequirementGroupId, option.CertificationId });
        // "Which roles ask for this certification" (learning recommendations, succession).
        builder.HasIndex(option => option.CertificationId);
        builder.HasOne(option => option.Certification).WithMany().HasForeignKey(option => option.CertificationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
