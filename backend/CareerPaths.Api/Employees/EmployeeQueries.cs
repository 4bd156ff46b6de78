using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Organisation;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>The query fields of people: <c>me</c>, <c>employee(id:)</c> and the <c>employees</c> connection.</summary>
internal static class EmployeeQueries
{
    public static SchemaBuilder AddEmployeeQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("me").Type("Employee").Authorize(Policies.Employee)
                .Description("The signed-in person's own employee record.")
                .ResolveAsync(static async context => await context.ViewerAsync() is { EmployeeId: { } id }
                    ? await context.EmployeeById().LoadAsync(id) : null);
            query.Field("employee").Type("Employee").Authorize(Policies.Employee)
                .Description("The person with this id: FORBIDDEN (and null) when the viewer may not see them.")
                .Argument("id", "ID!", "An Employee's global id.")
                .ResolveAsync(static context => EmployeeLookup.LoadOrDenyAsync(context, EmployeeLookup.ParseId(context.Argument<string>("id"))));
            query.Field("employees").UseConnection("Employee").Authorize(Policies.Employee)
                .Description("The people the viewer may see (HR: everyone; a manager: their reporting line and themselves; others: themselves), by name.")
                .Argument("orgUnit", "String", "Only people in the org unit with this code or any unit below it.")
                .Argument("search", "String", "Only people whose name, e-mail or employee number contains this text (ignoring case).")
                .ResolveAsync(static async context =>
                {
                    // Read everything now: the count may run after this resolver has returned.
                    var pattern = SearchText.ToPattern(context.Argument<string?>("search"));
                    var units = context.Argument<string?>("orgUnit") is { } code ? await OrgUnitTree.SubtreeIdsAsync(context, code) : null;
                    var viewer = await context.ViewerAsync();
                    var scope = context.EmployeeScope();
                    return await context.ToConnectionAsync(db => Filter(scope.Visible(db.Employees.AsNoTracking(), viewer), units, pattern));
                });
        });

    private static IQueryable<EmployeeRecord> Filter(IQueryable<Employee> employees, IReadOnlyList<int>? units, string? pattern)
    {
        if (units is not null)
        {
            employees = employees.Where(employee => units.Contains(employee.OrgUnitId));
        }

        if (pattern is not null)
        {
            employees = employees.Where(employee => EF.Functions.ILike(employee.Name, pattern, SearchText.Escape)
                || EF.Functions.ILike(employee.Email, pattern, SearchText.Escape)
                || EF.Functions.ILike(employee.EmployeeNumber, pattern, SearchText.Escape));
        }

        return employees
            .OrderBy(employee => EF.Functions.Collate(employee.Name, Ordinal.Collation)).ThenBy(employee => employee.Id)
            .Select(EmployeeRecord.Projection);
    }
}
