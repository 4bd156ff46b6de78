using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Cohorts;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(cohort => cohort.CreatedBy).HasMaxLength(200);
        // A session's capacity is one cohort's capacity: a second cohort on it would overbook the room.
        builder.HasIndex(cohort => cohort.LearningSessionId).IsUnique();
        builder.HasOne(cohort => cohort.LearningSession).WithMany().HasForeignKey(cohort => cohort.LearningSessionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(cohort => cohort.Members).WithOne(member => member.Cohort)
            .HasForeignKey(member => member.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
