using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Development;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_DevelopmentPlans_Status", EnumText<DevelopmentPlanStatus>.CheckSql("Status")));
        builder.HasIndex(plan => plan.EmployeeId);
        builder.HasIndex(plan => plan.TargetRoleId);
        builder.HasOne(plan => plan.Employee).WithMany().HasForeignKey(plan => plan.EmployeeId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(plan => plan.TargetRole).WithMany().HasForeignKey(plan => plan.TargetRoleId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(plan => plan.Actions).WithOne(action => action.DevelopmentPlan)
            .HasForeignKey(action => action.DevelopmentPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
