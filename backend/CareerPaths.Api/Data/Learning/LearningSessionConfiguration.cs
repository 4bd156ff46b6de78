using CareerPaths.Api.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Learning;

internal sealed class LearningSessionConfiguration : IEntityTypeConfiguration<LearningSession>
{
    public void Configure(EntityTypeBuilder<LearningSession> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_LearningSessions_EndsOnOrAfterStart", "\"EndsOn\" >= \"StartsOn\""));
        builder.Property(session => session.Code).HasMaxLength(ColumnLengths.Code);
        // Session codes are unique across the whole catalogue, so a cohort or an enrolment can name one on its own.
        builder.HasIndex(session => session.Code).IsUnique();
        builder.HasIndex(session => session.LearningOfferingId);
        builder.HasIndex(session => session.StartsOn);
    }
}
