namespace CareerPaths.Api.Audit;

/// <summary>One audit entry as HR reads it; before/after are the JSON snapshots as stored.</summary>
public sealed record AuditEntryRecord(
    long Id, DateTimeOffset OccurredAt, string Actor, string EntityType, string EntityId, string Action, string? Before, string? After);
