using CareerPaths.Api.Data.Audit;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Audit;

/// <summary>The query field <c>auditEntries</c>: the audit log, newest first, for HR only.</summary>
internal static class AuditQueries
{
    public static SchemaBuilder AddAuditQueries(this SchemaBuilder builder) => builder
        .Object("Query", query => query.Field("auditEntries").UseConnection("AuditEntry").Authorize(Policies.HR)
            .Description("The audit log, newest first (HR only), optionally of one kind of thing, one thing, or one actor.")
            .Argument("entityType", "String", "Only entries about this kind of thing, e.g. `RoleProfile`.")
            .Argument("entityId", "String", "Only entries about the thing with this id or code.")
            .Argument("actor", "String", "Only entries by this actor, e.g. `oid:…`.")
            .ResolveAsync(static context =>
            {
                var entityType = context.Argument<string?>("entityType");
                var entityId = context.Argument<string?>("entityId");
                var actor = context.Argument<string?>("actor");
                return context.ToConnectionAsync(db => Filter(db.AuditEntries.AsNoTracking(), entityType, entityId, actor));
            }));

    private static IQueryable<AuditEntryRecord> Filter(IQueryable<AuditEntry> entries, string? entityType, string? entityId, string? actor)
    {
        if (entityType is not null)
        {
            entries = entries.Where(entry => entry.EntityType == entityType);
        }

        if (entityId is not null)
        {
            entries = entries.Where(entry => entry.EntityId == entityId);
        }

        if (actor is not null)
        {
            entries = entries.Where(entry => entry.Actor == actor);
        }

        return entries.OrderByDescending(entry => entry.OccurredAt).ThenByDescending(entry => entry.Id)
            .Select(entry => new AuditEntryRecord(
                entry.Id, entry.OccurredAt, entry.Actor, entry.EntityType, entry.EntityId, entry.Action, entry.Before, entry.After));
    }
}
