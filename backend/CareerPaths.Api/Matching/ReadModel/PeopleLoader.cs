using CareerPaths.Api.Data;
using CareerPaths.Matching.People;
using Microsoft.EntityFrameworkCore;
using DataEvidenceSource = CareerPaths.Api.Data.Employees.EvidenceSource;

namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>
/// Reads everyone the matcher ranks, with their evidence, certifications and goals, and the org tree: five
/// queries, one per table, whatever the size of the organisation.
/// </summary>
internal static class PeopleLoader
{
    public static async Task<LoadedPeople> LoadAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var evidence = (await db.SkillEvidence.AsNoTracking()
            .OrderBy(item => item.EmployeeId).ThenBy(item => item.Id)
            .Select(item => new { item.EmployeeId, item.SkillId, item.Level, item.Source, item.AssessedOn })
            .ToListAsync(cancellationToken))
            .ToLookup(item => item.EmployeeId, item => new SkillEvidence(item.SkillId, item.Level, Source(item.Source), item.AssessedOn));
        var certifications = (await db.EmployeeCertifications.AsNoTracking()
            .OrderBy(held => held.EmployeeId).ThenBy(held => held.Id)
            .Select(held => new { held.EmployeeId, held.CertificationId, held.EarnedOn, held.ExpiresOn })
            .ToListAsync(cancellationToken))
            .ToLookup(held => held.EmployeeId, held => new HeldCertification(held.CertificationId, held.EarnedOn, held.ExpiresOn));
        var goals = (await db.CareerGoals.AsNoTracking()
            .OrderBy(goal => goal.EmployeeId).ThenBy(goal => goal.Priority).ThenBy(goal => goal.Id)
            .Select(goal => new { goal.EmployeeId, goal.TargetRoleId })
            .ToListAsync(cancellationToken))
            .ToLookup(goal => goal.EmployeeId, goal => goal.TargetRoleId);
        var people = (await db.Employees.AsNoTracking()
            .OrderBy(employee => employee.Id)
            .Select(employee => new { employee.Id, employee.OrgUnitId, employee.CurrentRoleId })
            .ToListAsync(cancellationToken))
            .Select(employee => new PersonProfile(
                employee.Id, employee.OrgUnitId, employee.CurrentRoleId,
                [.. evidence[employee.Id]], [.. certifications[employee.Id]], [.. goals[employee.Id]]))
            .ToList();
        var units = await db.OrgUnits.AsNoTracking()
            .OrderBy(unit => unit.Id)
            .Select(unit => new OrgUnit(unit.Id, unit.ParentId))
            .ToListAsync(cancellationToken);
        return new LoadedPeople(people, units);
    }

    private static EvidenceSource Source(DataEvidenceSource source) => source switch
    {
        DataEvidenceSource.Self => EvidenceSource.Self,
        DataEvidenceSource.Manager => EvidenceSource.Manager,
        DataEvidenceSource.Assessment => EvidenceSource.Assessment,
        DataEvidenceSource.Certification => EvidenceSource.Certification,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "An evidence source the matcher does not know."),
    };
}

/// <summary>Everyone as the matcher sees them, and the org units.</summary>
public sealed record LoadedPeople(IReadOnlyList<PersonProfile> People, IReadOnlyList<OrgUnit> OrgUnits);
