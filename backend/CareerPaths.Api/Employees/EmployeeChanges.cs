using CareerPaths.Api.Audit;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>Reading a person back after a change, for the payload.</summary>
internal static class EmployeeChanges
{
    public static Task<EmployeeRecord> ReadAsync(AuditedChange change, int employeeId) => change.Db.Employees.AsNoTracking()
        .Where(employee => employee.Id == employeeId)
        .Select(EmployeeRecord.Projection)
        .SingleAsync(change.CancellationToken);
}
