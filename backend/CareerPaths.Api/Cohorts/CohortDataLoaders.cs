using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Learning;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// The request's loaders of cohorts and what cohort planning shows: sessions by id, and people's names (only the
/// name: L&amp;D sees who a cohort would take, not their profiles).
/// </summary>
internal static class CohortDataLoaders
{
    public static BatchDataLoader<int, CohortRecord> CohortById(this IResolverContext context) =>
        context.BatchLoader<int, CohortRecord>("Cohorts.ById", static (db, ids, cancellationToken) => db.Cohorts.AsNoTracking()
            .Where(cohort => ids.Contains(cohort.Id))
            .Select(cohort => new CohortRecord(cohort.Id, cohort.LearningSessionId, cohort.LearningSession.LearningOfferingId, cohort.CreatedBy, cohort.CreatedAt))
            .ToDictionaryAsync(cohort => cohort.Id, cancellationToken));

    /// <summary>Each cohort's members by name.</summary>
    public static GroupDataLoader<int, CohortMemberRecord> MembersByCohort(this IResolverContext context) =>
        context.GroupLoader<int, CohortMemberRecord>("Cohorts.Members", static (db, ids, cancellationToken) => db.CohortMembers.AsNoTracking()
            .Where(member => ids.Contains(member.CohortId))
            .OrderBy(member => EF.Functions.Collate(member.Employee.Name, Ordinal.Collation)).ThenBy(member => member.EmployeeId)
            .Select(member => new CohortMemberRecord(member.CohortId, member.EmployeeId, member.Employee.Name, member.AddedAt))
            .ToListAsync(cancellationToken),
            member => member.CohortId);

    public static BatchDataLoader<int, LearningSessionRecord> SessionById(this IResolverContext context) =>
        context.BatchLoader<int, LearningSessionRecord>("Cohorts.SessionById", static (db, ids, cancellationToken) => db.LearningSessions.AsNoTracking()
            .Where(session => ids.Contains(session.Id))
            .Select(session => new { session.Id, Record = new LearningSessionRecord(session.LearningOfferingId, session.Code, session.StartsOn, session.EndsOn) })
            .ToDictionaryAsync(session => session.Id, session => session.Record, cancellationToken));

    public static BatchDataLoader<int, string> EmployeeNameById(this IResolverContext context) =>
        context.BatchLoader<int, string>("Cohorts.EmployeeNames", static (db, ids, cancellationToken) => db.Employees.AsNoTracking()
            .Where(employee => ids.Contains(employee.Id))
            .Select(employee => new { employee.Id, employee.Name })
            .ToDictionaryAsync(employee => employee.Id, employee => employee.Name, cancellationToken));
}
