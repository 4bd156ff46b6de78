using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Employees;

internal sealed class CareerGoalConfiguration : IEntityTypeConfiguration<CareerGoal>
{
    public void Configure(EntityTypeBuilder<CareerGoal> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_CareerGoals_Priority", "\"Priority\" >= 1"));
        builder.HasIndex(goal => new { goal.EmployeeId, goal.TargetRoleId }).IsUnique();
        // Succession lists who is aiming at a role.
        builder.HasIndex(goal => goal.TargetRoleId);
        builder.HasOne(goal => goal.TargetRole).WithMany().HasForeignKey(goal => goal.TargetRoleId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
