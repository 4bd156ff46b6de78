using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.SegregationOfDuties;

internal sealed class SegregationOfDutiesRuleConfiguration : IEntityTypeConfiguration<SegregationOfDutiesRule>
{
    public void Configure(EntityTypeBuilder<SegregationOfDutiesRule> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_SegregationOfDutiesRules_FirstSide", "(\"FirstRoleId\" IS NULL) <> (\"FirstFamily\" IS NULL)");
            table.HasCheckConstraint("CK_SegregationOfDutiesRules_SecondSide", "(\"SecondRoleId\" IS NULL) <> (\"SecondFamily\" IS NULL)");
            table.HasCheckConstraint("CK_SegregationOfDutiesRules_FirstFamily", EnumText<RoleFamily>.CheckSql("FirstFamily"));
            table.HasCheckConstraint("CK_SegregationOfDutiesRules_SecondFamily", EnumText<RoleFamily>.CheckSql("SecondFamily"));
        });
        builder.Property(rule => rule.Code).HasMaxLength(ColumnLengths.Code);
        builder.HasIndex(rule => rule.Code).IsUnique();
        builder.HasIndex(rule => rule.FirstRoleId);
        builder.HasIndex(rule => rule.SecondRoleId);
        // A rule must not vanish silently with a role: retire the rule first.
        builder.HasOne(rule => rule.FirstRole).WithMany().HasForeignKey(rule => rule.FirstRoleId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(rule => rule.SecondRole).WithMany().HasForeignKey(rule => rule.SecondRoleId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
