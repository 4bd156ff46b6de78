using System.Text.Json;
using CareerPaths.Api.Tests.Employees;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Audit;

/// <summary>The audit entry a mutation wrote, as stored, with before/after parsed, for the tests to check.</summary>
public sealed record AuditTrail(long Id, string Actor, string EntityType, string EntityId, string Action, JsonElement? Before, JsonElement? After)
{
    /// <summary>The before snapshot as compact JSON text ("null" when there is none).</summary>
    public string BeforeJson => JsonSerializer.Serialize(Before);

    public string AfterJson => JsonSerializer.Serialize(After);

    /// <summary>How the audit log names a persona: <c>oid:</c> and their object id.</summary>
    public static async Task<string> ActorOfAsync(PeopleApiFixture fixture, Persona persona)
    {
        await using var db = fixture.Database.CreateContext();
        var oid = await db.Employees.Where(e => e.EmployeeNumber == persona.EmployeeNumber).Select(e => e.IdentityObjectId).SingleAsync();
        return "oid:" + oid.ToString("D");
    }

    /// <summary>The newest entry, or null when the log is empty.</summary>
    public static async Task<AuditTrail?> LatestAsync(PeopleApiFixture fixture)
    {
        await using var db = fixture.Database.CreateContext();
        var entry = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstOrDefaultAsync();
        return entry is null ? null : new AuditTrail(entry.Id, entry.Actor, entry.EntityType, entry.EntityId, entry.Action, Parse(entry.Before), Parse(entry.After));
    }

    public static async Task<long> CountAsync(PeopleApiFixture fixture)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.AuditEntries.LongCountAsync();
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
