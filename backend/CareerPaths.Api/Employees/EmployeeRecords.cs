using System.Linq.Expressions;
using CareerPaths.Api.Data.Employees;

namespace CareerPaths.Api.Employees;

/// <summary>A person as the API reads them; only ever loaded through the viewer's employee scope.</summary>
public sealed record EmployeeRecord(
    int Id, string EmployeeNumber, string Name, string Email, int OrgUnitId, int? ManagerId, int? CurrentRoleId, DateOnly? RoleSince)
{
    public static readonly Expression<Func<Employee, EmployeeRecord>> Projection = employee => new EmployeeRecord(
        employee.Id, employee.EmployeeNumber, employee.Name, employee.Email, employee.OrgUnitId, employee.ManagerId,
        employee.CurrentRoleId, employee.RoleSince);
}

/// <summary>One statement of a person's level in a skill.</summary>
public sealed record SkillEvidenceRecord(
    int Id, int EmployeeId, int SkillId, int Level, EvidenceSource Source, DateOnly AssessedOn, string? Note, int? RecordedById)
{
    public static readonly Expression<Func<SkillEvidence, SkillEvidenceRecord>> Projection = evidence => new SkillEvidenceRecord(
        evidence.Id, evidence.EmployeeId, evidence.SkillId, evidence.Level, evidence.Source, evidence.AssessedOn, evidence.Note,
        evidence.RecordedById);
}

/// <summary>A certification a person earned.</summary>
public sealed record HeldCertificationRecord(int Id, int EmployeeId, int CertificationId, DateOnly EarnedOn, DateOnly? ExpiresOn)
{
    public static readonly Expression<Func<EmployeeCertification, HeldCertificationRecord>> Projection = held => new HeldCertificationRecord(
        held.Id, held.EmployeeId, held.CertificationId, held.EarnedOn, held.ExpiresOn);

    /// <summary>Earned on or before <paramref name="on"/> and not yet expired then (the expiry day still counts).</summary>
    public bool IsValidOn(DateOnly on) => EarnedOn <= on && (ExpiresOn is null || ExpiresOn >= on);
}

/// <summary>A role a person wants to grow into; priority 1 matters most.</summary>
public sealed record CareerGoalRecord(int EmployeeId, int TargetRoleId, int Priority);
