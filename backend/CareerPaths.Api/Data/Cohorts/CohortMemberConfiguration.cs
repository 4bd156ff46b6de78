using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Cohorts;

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        // The key makes membership unique per cohort.
        builder.HasKey(member => new { member.CohortId, member.EmployeeId });
        // Cohort planning checks that nobody is double-booked across cohorts.
        builder.HasIndex(member => member.EmployeeId);
        builder.HasOne(member => member.Employee).WithMany().HasForeignKey(member => member.EmployeeId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
