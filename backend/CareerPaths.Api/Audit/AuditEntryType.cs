using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Audit;

/// <summary>The GraphQL type AuditEntry (HR only, like the field that lists them).</summary>
internal static class AuditEntryType
{
    public static SchemaBuilder AddAuditTypes(this SchemaBuilder builder) => builder
        .AddConnectionType<AuditEntryRecord>("AuditEntry")
        .AuthorizeConnection("AuditEntry", Policies.HR)
        .Object<AuditEntryRecord>("AuditEntry", t =>
        {
            t.Description("Who changed what, when, with the state before and after. Entries are only ever appended.");
            t.Authorize(Policies.HR);
            t.Field(entry => entry.OccurredAt);
            t.Field(entry => entry.Actor).Description("The signed-in person as `oid:<object id>` (never a name or e-mail), or `seeder`/`import`.");
            t.Field(entry => entry.EntityType).Description("What kind of thing changed, e.g. `RoleProfile`, `SkillEvidence`, `DevelopmentPlan`.");
            t.Field(entry => entry.EntityId).Description("Its id (a database key or a code), as text.");
            t.Field(entry => entry.Action).Description("What happened, e.g. `publish-draft`, `verify-skill`.");
            t.Field(entry => entry.Before).Description("JSON of the state before; null when the thing was created.");
            t.Field(entry => entry.After).Description("JSON of the state after; null when the thing was removed.");
        });
}
