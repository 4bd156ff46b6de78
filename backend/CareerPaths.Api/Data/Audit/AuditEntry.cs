namespace CareerPaths.Api.Data.Audit;

/// <summary>
/// Who changed what, when, with the state before and after (JSON), for role profiles, skill
/// verifications and plans. Entries are only ever appended.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The signed-in user (object id or name), or "seeder" / "import" for automated changes.</summary>
    public required string Actor { get; set; }

    /// <summary>The entity's kind, e.g. "RoleProfile".</summary>
    public required string EntityType { get; set; }

    /// <summary>The entity's id or code, as text so every kind of key fits.</summary>
    public required string EntityId { get; set; }

    /// <summary>What happened, e.g. "publish", "verify-skill".</summary>
    public required string Action { get; set; }

    /// <summary>JSON of the state before; <c>null</c> when the entity was created.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the state after; <c>null</c> when the entity was deleted.</summary>
    public string? After { get; set; }
}
