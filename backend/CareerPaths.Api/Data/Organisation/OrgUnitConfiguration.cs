using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Organisation;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_OrgUnits_NotOwnParent", "\"ParentId\" <> \"Id\""));
        builder.Property(unit => unit.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(unit => unit.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(unit => unit.Code).IsUnique();
        builder.HasIndex(unit => unit.ParentId);
        // Removing a unit that still has sub-units would orphan part of the tree: move them first.
        builder.HasOne(unit => unit.Parent).WithMany(parent => parent.Children).HasForeignKey(unit => unit.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
