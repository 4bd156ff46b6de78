using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Skills;

internal sealed class SkillLevelDescriptorConfiguration : IEntityTypeConfiguration<SkillLevelDescriptor>
{
    public void Configure(EntityTypeBuilder<SkillLevelDescriptor> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_SkillLevelDescriptors_Level", $"\"Level\" BETWEEN {ProficiencyLevels.Lowest} AND {ProficiencyLevels.Highest}"));
        builder.HasKey(descriptor => new { descriptor.SkillId, descriptor.Level });
    }
}
