using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class CertificationRequirementGroupConfiguration : IEntityTypeConfiguration<CertificationRequirementGroup>
{
    public void Configure(EntityTypeBuilder<CertificationRequirementGroup> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_CertificationRequirementGroups_Position", "\"Position\" >= 1"));
        builder.HasIndex(group => new { group.RoleProfileVersionId, group.Position }).IsUnique();
        builder.HasMany(group => group.Options).WithOne(option => option.Group)
            .HasForeignKey(option => option.CertificationRequirementGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
