using CareerPaths.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>The personas of the database at hand (<see cref="PersonaPicker"/>) and the token subjects they stand for.</summary>
public static class PersonaDirectory
{
    public const string NotAnEmployeeName = "Unlinked Person";

    public static async Task<IReadOnlyList<Persona>> PersonasAsync(CareerPathsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var chart = await db.Employees.AsNoTracking()
            .Select(employee => new OrgChartEntry(employee.Id, employee.EmployeeNumber, employee.ManagerId))
            .ToListAsync(cancellationToken);
        return PersonaPicker.Pick(chart);
    }

    /// <summary>The token subject for an employee number with these roles; null when no employee has the number.</summary>
    public static async Task<TokenSubject?> SubjectAsync(
        CareerPathsDbContext db, string? employeeNumber, IReadOnlyList<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (employeeNumber is null)
        {
            return new TokenSubject(PersonaPicker.NotAnEmployeeObjectId, NotAnEmployeeName, "unlinked.person@careerpaths.invalid", roles);
        }

        return await db.Employees.AsNoTracking()
            .Where(employee => employee.EmployeeNumber == employeeNumber)
            .Select(employee => new TokenSubject(employee.IdentityObjectId, employee.Name, employee.Email, roles))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
