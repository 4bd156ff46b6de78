using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Data.Development;

/// <summary>A person's ordered steps towards one target role.</summary>
public class DevelopmentPlan
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public int TargetRoleId { get; set; }

    public DevelopmentPlanStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Employee Employee { get; set; } = null!;

    public RoleProfile TargetRole { get; set; } = null!;

    public ICollection<DevelopmentAction> Actions { get; } = [];
}
