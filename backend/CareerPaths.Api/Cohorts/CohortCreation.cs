using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Cohorts;
using CareerPaths.Api.Matching;
using CareerPaths.Api.Roles;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// Stores an accepted proposal in one transaction with its audit entries, or nothing. Cohort creation takes a
/// transaction-scoped advisory lock first, so two L&amp;D users cannot book one person into overlapping sessions
/// (or one session twice) between each other's checks.
/// </summary>
internal static class CohortCreation
{
    // Any constant works; this one is "cohorts" in ASCII, so a DBA reading pg_locks can tell what it guards.
    private const long CohortLock = 0x636f686f727473;

    public static async Task<object> CreateAsync(IResolverContext context, CreateCohortsInput input)
    {
        var snapshot = await context.MatcherAsync();
        GapScope scope;
        try
        {
            scope = await GapScopeArguments.ReadAsync(context, snapshot, input.OrgUnitId, input.RoleIds, input.OnlyPeopleTargetingRoles);
        }
        catch (MatcherArgumentException problem)
        {
            // The queries answer these as GraphQL errors; a mutation reports its input's problems in the payload.
            return Payload<IReadOnlyList<CohortRecord>>.Failure(new InvalidPopulationError(problem.Argument, problem.Message));
        }

        await using var change = await AuditedChange.BeginAsync(context);
        await change.Db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({CohortLock})", change.CancellationToken);

        var validation = new CohortValidation(change.Db, snapshot, scope, change.CancellationToken);
        var (cohorts, errors) = await validation.CheckAsync(input.Cohorts);
        if (errors.Count > 0)
        {
            return Payload<IReadOnlyList<CohortRecord>>.Failure([.. errors]);
        }

        var created = cohorts.Select(cohort => (Checked: cohort, Entity: Store(change, cohort))).ToList();
        try
        {
            await change.SaveAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception, "IX_Cohorts_LearningSessionId"))
        {
            // Only a writer that bypasses the lock can get here first.
            return Payload<IReadOnlyList<CohortRecord>>.Failure(new SessionTakenError("cohorts", "(one of the sessions)"));
        }

        foreach (var (cohort, entity) in created)
        {
            change.Audit(AuditedEntities.Cohort, entity.Id, "create-cohort", before: null, after: new
            {
                session = cohort.Session.Code,
                offeringId = cohort.Session.OfferingId,
                memberIds = cohort.MemberIds,
            });
        }

        await change.CommitAsync();
        return Payload<IReadOnlyList<CohortRecord>>.Success(
            [.. created.Select(c => new CohortRecord(c.Entity.Id, c.Checked.Session.Id, c.Checked.Session.OfferingId, c.Entity.CreatedBy, c.Entity.CreatedAt))]);
    }

    private static Cohort Store(AuditedChange change, CheckedCohort cohort)
    {
        var entity = new Cohort { LearningSessionId = cohort.Session.Id, CreatedBy = change.Viewer.AuditName, CreatedAt = change.Now };
        foreach (var member in cohort.MemberIds)
        {
            entity.Members.Add(new CohortMember { EmployeeId = member, AddedAt = change.Now });
        }

        change.Db.Cohorts.Add(entity);
        return entity;
    }
}
