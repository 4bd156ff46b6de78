using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Data.Employees;

/// <summary>A role a person wants to grow into; <see cref="Priority"/> 1 is the one they care about most.</summary>
public class CareerGoal
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public int TargetRoleId { get; set; }

    public int Priority { get; set; }

    public Employee Employee { get; set; } = null!;

    public RoleProfile TargetRole { get; set; } = null!;
}
