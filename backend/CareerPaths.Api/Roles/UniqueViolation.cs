using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerPaths.Api.Roles;

/// <summary>Recognises PostgreSQL's unique_violation (23505): a race another writer won, answered as a domain error.</summary>
internal static class UniqueViolation
{
    public static bool Is(DbUpdateException exception, string? constraint = null) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && (constraint is null || string.Equals(postgres.ConstraintName, constraint, StringComparison.Ordinal));
}
