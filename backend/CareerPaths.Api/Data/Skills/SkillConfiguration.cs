using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Skills;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_Skills_Category", EnumText<SkillCategory>.CheckSql("Category")));
        builder.Property(skill => skill.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(skill => skill.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(skill => skill.OnetElementId).HasMaxLength(32);
        builder.Property(skill => skill.EscoUri).HasMaxLength(ColumnLengths.Url);
        builder.Property(skill => skill.SfiaCode).HasMaxLength(16);

        builder.HasIndex(skill => skill.Code).IsUnique();
        builder.HasIndex(skill => skill.Name).IsUnique();
        // Framework imports look skills up by their external codes. Not unique: a catalogue may
        // legitimately map two of its skills onto one broader O*NET or ESCO element.
        builder.HasIndex(skill => skill.OnetElementId);
        builder.HasIndex(skill => skill.EscoUri);
        builder.HasIndex(skill => skill.SfiaCode);

        builder.HasMany(skill => skill.LevelDescriptors)
            .WithOne(descriptor => descriptor.Skill)
            .HasForeignKey(descriptor => descriptor.SkillId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
