using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class RoleProfileVersionConfiguration : IEntityTypeConfiguration<RoleProfileVersion>
{
    private static readonly string Published = $"\"Status\" = '{EnumText<RoleVersionStatus>.ToText(RoleVersionStatus.Published)}'";
    private static readonly string Draft = $"\"Status\" = '{EnumText<RoleVersionStatus>.ToText(RoleVersionStatus.Draft)}'";

    public void Configure(EntityTypeBuilder<RoleProfileVersion> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_RoleProfileVersions_Status", EnumText<RoleVersionStatus>.CheckSql("Status"));
            table.HasCheckConstraint("CK_RoleProfileVersions_Family", EnumText<RoleFamily>.CheckSql("Family"));
            table.HasCheckConstraint("CK_RoleProfileVersions_Tier", EnumText<RoleTier>.CheckSql("Tier"));
            table.HasCheckConstraint("CK_RoleProfileVersions_Side", EnumText<RoleSide>.CheckSql("Side"));
            table.HasCheckConstraint("CK_RoleProfileVersions_VersionNumber", "\"VersionNumber\" >= 1");
            table.HasCheckConstraint("CK_RoleProfileVersions_MinimumExperienceYears", "\"MinimumExperienceYears\" >= 0");
            // A version that is or was published knows when; a draft never does.
            table.HasCheckConstraint("CK_RoleProfileVersions_PublishedAt",
                $"({Draft}) = (\"PublishedAt\" IS NULL)");
        });
        builder.Property(version => version.Name).HasMaxLength(ColumnLengths.Name);

        builder.HasIndex(version => new { version.RoleProfileId, version.VersionNumber }).IsUnique();
        // At most one published and one draft version per role. The published index is also how
        // the matcher finds "the" version of each role.
        builder.HasIndex(version => version.RoleProfileId, "IX_RoleProfileVersions_RoleProfileId_Published")
            .IsUnique().HasFilter(Published);
        builder.HasIndex(version => version.RoleProfileId, "IX_RoleProfileVersions_RoleProfileId_Draft")
            .IsUnique().HasFilter(Draft);
        // Two published roles with one name would be indistinguishable to employees.
        builder.HasIndex(version => version.Name, "IX_RoleProfileVersions_Name_Published")
            .IsUnique().HasFilter(Published);

        builder.HasMany(version => version.Requirements).WithOne(requirement => requirement.RoleProfileVersion)
            .HasForeignKey(requirement => requirement.RoleProfileVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(version => version.CertificationGroups).WithOne(group => group.RoleProfileVersion)
            .HasForeignKey(group => group.RoleProfileVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(version => version.EducationRequirements).WithOne(education => education.RoleProfileVersion)
            .HasForeignKey(education => education.RoleProfileVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
