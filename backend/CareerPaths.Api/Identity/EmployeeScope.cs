using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Identity;

/// <summary>
/// Who sees whom, as a filter inside the query: HR everyone; a manager (app role) their own record and their
/// transitive reporting line; anyone else, L&amp;D included, their own record only; nobody without an employee
/// record anything. The org chart alone grants nothing: a person with reports but without the Manager role sees
/// only themselves.
/// </summary>
internal sealed class EmployeeScope(IDbContextFactory<CareerPathsDbContext> contexts) : IEmployeeScope
{
    public IQueryable<Employee> Visible(IQueryable<Employee> employees, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(employees);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.EmployeeId is not { } self)
        {
            return employees.Where(_ => false);
        }

        if (viewer.IsHR)
        {
            return employees;
        }

        if (!viewer.IsManager)
        {
            return employees.Where(employee => employee.Id == self);
        }

        var line = ReportingLine.Of(employees, self);
        return employees.Where(employee => line.Any(member => member.Id == employee.Id));
    }

    public async Task<bool> CanSeeAsync(Viewer viewer, int employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.EmployeeId is not { } self)
        {
            return false;
        }

        if (viewer.IsHR || self == employeeId)
        {
            return true;
        }

        if (!viewer.IsManager)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db.Employees.AsNoTracking(), viewer).AnyAsync(employee => employee.Id == employeeId, cancellationToken);
    }
}
