using System.Linq.Expressions;
using CareerPaths.Api.Data.Employees;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;

namespace CareerPaths.Api.Identity;

/// <summary>
/// A manager's transitive reporting line (the manager, their reports, their reports' reports …) as a recursive
/// CTE through FromSql, rooted in the same DbContext as the query it narrows, so that it composes into that
/// query's SQL: EF refuses a query whose roots come from two context instances, and scopes are applied to
/// queries from any context (the request's, a DataLoader's).
/// </summary>
internal static class ReportingLine
{
    // Starts with SELECT so that EF can compose over it (PostgreSQL accepts WITH RECURSIVE inside the IN
    // subquery); xmin is the row version EF reads. UNION, not UNION ALL, ends at a cycle should data hold one.
    private const string Sql = """
        SELECT e.*, e.xmin FROM "Employees" AS e WHERE e."Id" IN (
            WITH RECURSIVE line("Id") AS (
                SELECT {0}::integer
                UNION
                SELECT report."Id" FROM "Employees" AS report JOIN line ON report."ManagerId" = line."Id")
            SELECT "Id" FROM line)
        """;

    /// <summary>The employees in <paramref name="managerId"/>'s reporting line, the manager included, on the context of <paramref name="sameContext"/>.</summary>
    public static IQueryable<Employee> Of(IQueryable<Employee> sameContext, int managerId)
    {
        var root = FindRoot(sameContext.Expression) ?? throw new ArgumentException(
            "Expected a query that starts from a DbSet<Employee> (e.g. db.Employees.AsNoTracking()).", nameof(sameContext));
        // EF offers FromSql on a DbSet only; this is the root that RelationalQueryableExtensions.FromSql builds, on
        // the given query's provider. FromSqlQueryRootExpression is EF-internal API (EF1001): EF 10.0 is pinned,
        // and EmployeeScopeTests fail should an update change it.
#pragma warning disable EF1001
        var fromSql = new FromSqlQueryRootExpression(root.QueryProvider!, root.EntityType, Sql, Expression.Constant(new object[] { managerId }));
#pragma warning restore EF1001
        return sameContext.Provider.CreateQuery<Employee>(fromSql);
    }

    private static EntityQueryRootExpression? FindRoot(Expression expression) => expression switch
    {
        EntityQueryRootExpression { QueryProvider: not null } root => root,
        MethodCallExpression { Arguments.Count: > 0 } call => FindRoot(call.Arguments[0]),
        _ => null,
    };
}
