using CareerPaths.Api.Data.Organisation;
using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Data.Employees;

/// <summary>A person in the organisation: where they sit, whom they report to, and the role they hold.</summary>
public class Employee
{
    public int Id { get; set; }

    /// <summary>The HR system's number; seed files and imports match people on it.</summary>
    public required string EmployeeNumber { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The identity provider's object id (Entra ID <c>oid</c> claim) that signs this person in.</summary>
    public Guid IdentityObjectId { get; set; }

    public int OrgUnitId { get; set; }

    public int? ManagerId { get; set; }

    /// <summary>The role held now; <c>null</c> when it is not (yet) in the catalogue.</summary>
    public int? CurrentRoleId { get; set; }

    public DateOnly? RoleSince { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>, so concurrent edits of one person are detected.</summary>
    public uint RowVersion { get; set; }

    public OrgUnit OrgUnit { get; set; } = null!;

    public Employee? Manager { get; set; }

    public RoleProfile? CurrentRole { get; set; }

    public ICollection<SkillEvidence> SkillEvidence { get; } = [];

    public ICollection<EmployeeCertification> Certifications { get; } = [];

    public ICollection<CareerGoal> CareerGoals { get; } = [];
}
