using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Roles;

internal sealed class EducationRequirementConfiguration : IEntityTypeConfiguration<EducationRequirement>
{
    public void Configure(EntityTypeBuilder<EducationRequirement> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_EducationRequirements_Level", EnumText<EducationLevel>.CheckSql("Level")));
        builder.HasIndex(education => education.RoleProfileVersionId);
    }
}
