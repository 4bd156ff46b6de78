using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

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
    /// FromSql expression: its root is detached from that context, because EF refuses a query whose roots belong to
    /// two context instances but accepts a detached root in any.
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
        return sameContext.Provider.CreateQuery<Employee>(((QueryRootExpression)fromSql.Expression).DetachQueryProvider());
    }
}
