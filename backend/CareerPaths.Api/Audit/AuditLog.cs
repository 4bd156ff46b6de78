using System.Text.Json;
using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Audit;
using CareerPaths.Api.Identity;

namespace CareerPaths.Api.Audit;

/// <summary>
/// Adds audit entries to the same <see cref="CareerPathsDbContext"/> as the change they describe, so the entry
/// is committed with the change or not at all. Before/after are JSON snapshots the caller chooses (small
/// records, never whole entity graphs).
/// </summary>
public sealed class AuditLog(TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public AuditEntry Record(
        CareerPathsDbContext db, Viewer viewer, string entityType, string entityId, string action, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var entry = new AuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            Actor = viewer.AuditName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.Add(entry);
        return entry;
    }
}
