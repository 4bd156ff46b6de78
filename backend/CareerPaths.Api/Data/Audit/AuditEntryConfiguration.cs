using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_AuditEntries_HasState", "\"Before\" IS NOT NULL OR \"After\" IS NOT NULL"));
        builder.Property(entry => entry.Actor).HasMaxLength(200);
        builder.Property(entry => entry.EntityType).HasMaxLength(64);
        builder.Property(entry => entry.EntityId).HasMaxLength(64);
        builder.Property(entry => entry.Action).HasMaxLength(64);
        // jsonb rather than text: PostgreSQL checks it is JSON, and reviewers can query inside it.
        builder.Property(entry => entry.Before).HasColumnType("jsonb");
        builder.Property(entry => entry.After).HasColumnType("jsonb");
        // "History of this entity", newest first; and "what happened lately" for the whole log.
        builder.HasIndex(entry => new { entry.EntityType, entry.EntityId, entry.OccurredAt });
        builder.HasIndex(entry => entry.OccurredAt);
    }
}
