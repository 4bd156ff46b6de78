using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Employees;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_Employees_NotOwnManager", "\"ManagerId\" <> \"Id\""));
        builder.Property(employee => employee.EmployeeNumber).HasMaxLength(ColumnLengths.EmployeeNumber);
        builder.Property(employee => employee.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(employee => employee.Email).HasMaxLength(ColumnLengths.Email);
        builder.Property(employee => employee.RowVersion).IsRowVersion();

        builder.HasIndex(employee => employee.EmployeeNumber).IsUnique();
        builder.HasIndex(employee => employee.Email).IsUnique();
        // Sign-in maps the token's oid onto exactly one person.
        builder.HasIndex(employee => employee.IdentityObjectId).IsUnique();
        // Heat maps by org unit, a manager's reports, succession by current role.
        builder.HasIndex(employee => employee.OrgUnitId);
        builder.HasIndex(employee => employee.ManagerId);
        builder.HasIndex(employee => employee.CurrentRoleId);

        builder.HasOne(employee => employee.OrgUnit).WithMany().HasForeignKey(employee => employee.OrgUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        // When a manager leaves, their reports stay and wait for a new manager.
        builder.HasOne(employee => employee.Manager).WithMany().HasForeignKey(employee => employee.ManagerId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(employee => employee.CurrentRole).WithMany().HasForeignKey(employee => employee.CurrentRoleId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(employee => employee.SkillEvidence).WithOne(evidence => evidence.Employee)
            .HasForeignKey(evidence => evidence.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(employee => employee.Certifications).WithOne(certification => certification.Employee)
            .HasForeignKey(certification => certification.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(employee => employee.CareerGoals).WithOne(goal => goal.Employee)
            .HasForeignKey(goal => goal.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
