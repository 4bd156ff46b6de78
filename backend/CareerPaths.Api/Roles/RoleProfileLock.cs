using System.Globalization;
using CareerPaths.Api.Audit;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>
/// Optimistic concurrency for role profiles. Every change to a role or its versions first updates the role's
/// RoleProfiles row — only if its xmin still is the version the client read — which gives the row a new xmin and
/// holds its lock until the transaction ends. A concurrent editor waits for the lock, then finds the xmin changed
/// and matches nothing: a stale edit is refused before anything is written.
/// </summary>
internal static class RoleProfileLock
{
    /// <summary>True when the role was at <paramref name="expected"/> (or none was given) and is now locked by this change.</summary>
    public static async Task<bool> TryLockAsync(AuditedChange change, int roleId, string? expected)
    {
        uint? version = null;
        if (expected is not null)
        {
            if (!uint.TryParse(expected, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return false;
            }

            version = parsed;
        }

        var touched = await change.Db.RoleProfiles
            .Where(role => role.Id == roleId && (version == null || role.RowVersion == version))
            .ExecuteUpdateAsync(set => set.SetProperty(role => role.Code, role => role.Code), change.CancellationToken);
        return touched == 1;
    }

    /// <summary>The role's current token, for the conflict error.</summary>
    public static async Task<ConcurrencyConflictError> ConflictAsync(AuditedChange change, int roleId, string expected)
    {
        var actual = await change.Db.RoleProfiles.AsNoTracking().Where(role => role.Id == roleId)
            .Select(role => role.RowVersion).SingleAsync(change.CancellationToken);
        return new ConcurrencyConflictError(expected, actual.ToString(CultureInfo.InvariantCulture));
    }
}
