using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;

namespace CareerPaths.Api.Identity;

/// <summary>
/// A manager's transitive reporting line (the manager, their reports, their reports' reports …) as a recursive
/// CTE through FromSql that composes into the SQL of any query over employees, from any context instance.
/// </summary>
internal static class ReportingLine
{
    /// <summary>
    /// The employees in <paramref name="managerId"/>'s reporting line, the manager included, as a query on the
    /// provider (so the DbContext) of <paramref name="sameContext"/>. <paramref name="template"/> only builds the
    /// FromSql expression, whose root is then rebound to <paramref name="sameContext"/>'s provider.
    /// </summary>
    public static IQueryable<Employee> Of(IQueryable<Employee> sameContext, CareerPathsDbContext template, int managerId)
    {
        // Starts with SELECT so that EF can compose over it (PostgreSQL accepts WITH RECURSIVE inside the IN
        // subquery); xmin is the row version EF reads. UNION, not UNION ALL, ends at a cycle should data hold one.
        var fromSql = template.Employees.FromSql($"""
            SELECT e.*, e.xmin FROM "Employees" AS e WHERE e."Id" IN (
                WITH RECURSIVE line("Id") AS (
                    SELECT {managerId}::integer
                    UNION
                    SELECT report."Id" FROM "Employees" AS report JOIN line ON report."ManagerId" = line."Id")
                SELECT "Id" FROM line)
            """);
        // The same root bound to the provider of the query it joins: EF refuses a captured query whose root has
        // another provider, or none ("Cannot use multiple context instances"), and FromSql has no public way to
        // rebind one, hence EF's internal root type.
#pragma warning disable EF1001
        var built = (FromSqlQueryRootExpression)fromSql.Expression;
        var root = new FromSqlQueryRootExpression((IAsyncQueryProvider)sameContext.Provider, built.EntityType, built.Sql, built.Argument);
#pragma warning restore EF1001
        return sameContext.Provider.CreateQuery<Employee>(root);
    }
}
