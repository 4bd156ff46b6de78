namespace CareerPaths.Api.Data.Roles;

/// <summary>A move between two roles that HR has seen work, with how long it typically takes.</summary>
public class CareerTransition
{
    public int Id { get; set; }

    public int FromRoleId { get; set; }

    public int ToRoleId { get; set; }

    public decimal TypicalYears { get; set; }

    public string? Note { get; set; }

    public RoleProfile FromRole { get; set; } = null!;

    public RoleProfile ToRole { get; set; } = null!;
}
