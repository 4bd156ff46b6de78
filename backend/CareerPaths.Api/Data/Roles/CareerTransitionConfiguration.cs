using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class CareerTransitionConfiguration : IEntityTypeConfiguration<CareerTransition>
{
    public void Configure(EntityTypeBuilder<CareerTransition> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_CareerTransitions_DifferentRoles", "\"FromRoleId\" <> \"ToRoleId\"");
            table.HasCheckConstraint("CK_CareerTransitions_TypicalYears", "\"TypicalYears\" > 0");
        });
        builder.Property(transition => transition.TypicalYears).HasPrecision(4, 2);
        // One curated edge per ordered pair; the index also serves "transitions out of a role" for path finding.
        builder.HasIndex(transition => new { transition.FromRoleId, transition.ToRoleId }).IsUnique();
        builder.HasIndex(transition => transition.ToRoleId);
        // A transition means nothing without both roles, so it goes with either.
        builder.HasOne(transition => transition.FromRole).WithMany().HasForeignKey(transition => transition.FromRoleId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(transition => transition.ToRole).WithMany().HasForeignKey(transition => transition.ToRoleId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
