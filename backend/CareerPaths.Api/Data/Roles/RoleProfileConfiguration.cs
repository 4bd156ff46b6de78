using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class RoleProfileConfiguration : IEntityTypeConfiguration<RoleProfile>
{
    public void Configure(EntityTypeBuilder<RoleProfile> builder)
    {
        builder.Property(role => role.Code).HasMaxLength(ColumnLengths.Code);
        builder.HasIndex(role => role.Code).IsUnique();
        // Npgsql maps a uint row version onto the system column xmin: nothing to create, nothing to migrate.
        builder.Property(role => role.RowVersion).IsRowVersion();

        builder.HasMany(role => role.Versions)
            .WithOne(version => version.RoleProfile)
            .HasForeignKey(version => version.RoleProfileId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
