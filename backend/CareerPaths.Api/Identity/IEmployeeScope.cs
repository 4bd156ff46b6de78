using CareerPaths.Api.Data.Employees;

namespace CareerPaths.Api.Identity;

/// <summary>
/// Which employees a viewer may see individually — their own record; a manager, their transitive reporting
/// line; HR, everyone — applied inside the query, so lists, connections and counts only ever hold what the
/// viewer may see. L&amp;D sees aggregates, and individuals only where cohort planning needs them (the matcher's
/// cohort fields decide that, not this scope).
/// </summary>
public interface IEmployeeScope
{
    /// <summary>Narrows <paramref name="employees"/> to those <paramref name="viewer"/> may see (composes into SQL).</summary>
    IQueryable<Employee> Visible(IQueryable<Employee> employees, Viewer viewer);

    /// <summary>Whether <paramref name="viewer"/> may see the employee with this id.</summary>
    Task<bool> CanSeeAsync(Viewer viewer, int employeeId, CancellationToken cancellationToken = default);
}
