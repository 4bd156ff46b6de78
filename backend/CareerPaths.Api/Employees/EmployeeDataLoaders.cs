using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>
/// The request's loaders of people and their profiles. Every loader that yields an Employee narrows the query with
/// the viewer's <see cref="Identity.IEmployeeScope"/> first, so an invisible person is never fetched; the profile
/// loaders below are keyed by the ids of employees that were.
/// </summary>
internal static class EmployeeDataLoaders
{
    public static BatchDataLoader<int, EmployeeRecord> EmployeeById(this IResolverContext context) =>
        context.ScopedBatchLoader<int, EmployeeRecord>("Employees.ById", static (_, visible, ids, cancellationToken) => visible
                .Where(employee => ids.Contains(employee.Id))
                .Select(EmployeeRecord.Projection)
                .ToDictionaryAsync(employee => employee.Id, cancellationToken));

    /// <summary>Each manager's direct reports that the viewer may see, by name.</summary>
    public static GroupDataLoader<int, EmployeeRecord> DirectReports(this IResolverContext context) =>
        context.ScopedGroupLoader<int, EmployeeRecord>("Employees.DirectReports", static (_, visible, ids, cancellationToken) => visible
                .Where(employee => employee.ManagerId != null && ids.Contains(employee.ManagerId.Value))
                .OrderBy(employee => EF.Functions.Collate(employee.Name, Ordinal.Collation)).ThenBy(employee => employee.Id)
                .Select(EmployeeRecord.Projection)
                .ToListAsync(cancellationToken),
            employee => employee.ManagerId!.Value);

    /// <summary>Each person's skill evidence by skill, newest first within a skill.</summary>
    public static GroupDataLoader<int, SkillEvidenceRecord> SkillEvidenceByEmployee(this IResolverContext context) =>
        context.GroupLoader<int, SkillEvidenceRecord>("Employees.SkillEvidence", static (db, ids, cancellationToken) => db.SkillEvidence.AsNoTracking()
            .Where(evidence => ids.Contains(evidence.EmployeeId))
            .OrderBy(evidence => EF.Functions.Collate(evidence.Skill.Code, Ordinal.Collation))
            .ThenByDescending(evidence => evidence.AssessedOn).ThenByDescending(evidence => evidence.Id)
            .Select(SkillEvidenceRecord.Projection)
            .ToListAsync(cancellationToken),
            evidence => evidence.EmployeeId);

    /// <summary>Each person's certifications, most recently earned first.</summary>
    public static GroupDataLoader<int, HeldCertificationRecord> CertificationsByEmployee(this IResolverContext context) =>
        context.GroupLoader<int, HeldCertificationRecord>("Employees.Certifications", static (db, ids, cancellationToken) => db.EmployeeCertifications.AsNoTracking()
            .Where(held => ids.Contains(held.EmployeeId))
            .OrderByDescending(held => held.EarnedOn).ThenBy(held => held.Id)
            .Select(HeldCertificationRecord.Projection)
            .ToListAsync(cancellationToken),
            held => held.EmployeeId);

    /// <summary>A held certification by id, only when its holder is visible (what node(id:) and removal use).</summary>
    public static BatchDataLoader<int, HeldCertificationRecord> HeldCertificationById(this IResolverContext context) =>
        context.ScopedBatchLoader<int, HeldCertificationRecord>("Employees.HeldCertificationById", static (db, visible, ids, cancellationToken) =>
            db.EmployeeCertifications.AsNoTracking()
                .Where(held => ids.Contains(held.Id) && visible.Any(employee => employee.Id == held.EmployeeId))
                .Select(HeldCertificationRecord.Projection)
                .ToDictionaryAsync(held => held.Id, cancellationToken));

    /// <summary>Each person's career goals by priority.</summary>
    public static GroupDataLoader<int, CareerGoalRecord> CareerGoalsByEmployee(this IResolverContext context) =>
        context.GroupLoader<int, CareerGoalRecord>("Employees.CareerGoals", static (db, ids, cancellationToken) => db.CareerGoals.AsNoTracking()
            .Where(goal => ids.Contains(goal.EmployeeId))
            .OrderBy(goal => goal.Priority).ThenBy(goal => goal.Id)
            .Select(goal => new CareerGoalRecord(goal.EmployeeId, goal.TargetRoleId, goal.Priority))
            .ToListAsync(cancellationToken),
            goal => goal.EmployeeId);
}
