using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Learning;

/// <summary>The request's loaders of the learning catalogue, one batched query each.</summary>
internal static class LearningDataLoaders
{
    public static BatchDataLoader<int, LearningOfferingRecord> LearningOfferingById(this IResolverContext context) =>
        context.BatchLoader<int, LearningOfferingRecord>("Learning.ById", static (db, ids, cancellationToken) => db.LearningOfferings.AsNoTracking()
            .Where(offering => ids.Contains(offering.Id))
            .Select(LearningOfferingRecord.Projection)
            .ToDictionaryAsync(offering => offering.Id, cancellationToken));

    public static BatchDataLoader<string, LearningOfferingRecord> LearningOfferingByCode(this IResolverContext context) =>
        context.BatchLoader<string, LearningOfferingRecord>("Learning.ByCode", static (db, codes, cancellationToken) => db.LearningOfferings.AsNoTracking()
            .Where(offering => codes.Contains(offering.Code))
            .Select(LearningOfferingRecord.Projection)
            .ToDictionaryAsync(offering => offering.Code, StringComparer.Ordinal, cancellationToken));

    /// <summary>Each offering's covered skills, highest level first, then by skill code.</summary>
    public static GroupDataLoader<int, LearningCoverageRecord> CoverageByOffering(this IResolverContext context) =>
        context.GroupLoader<int, LearningCoverageRecord>("Learning.Coverage", static (db, ids, cancellationToken) => db.LearningOfferingSkills.AsNoTracking()
            .Where(covered => ids.Contains(covered.LearningOfferingId))
            .OrderByDescending(covered => covered.ToLevel).ThenBy(covered => EF.Functions.Collate(covered.Skill.Code, Ordinal.Collation))
            .Select(covered => new LearningCoverageRecord(covered.LearningOfferingId, covered.SkillId, covered.ToLevel))
            .ToListAsync(cancellationToken),
            covered => covered.OfferingId);

    /// <summary>Each offering's sessions by start date.</summary>
    public static GroupDataLoader<int, LearningSessionRecord> SessionsByOffering(this IResolverContext context) =>
        context.GroupLoader<int, LearningSessionRecord>("Learning.Sessions", static (db, ids, cancellationToken) => db.LearningSessions.AsNoTracking()
            .Where(session => ids.Contains(session.LearningOfferingId))
            .OrderBy(session => session.StartsOn).ThenBy(session => EF.Functions.Collate(session.Code, Ordinal.Collation))
            .Select(session => new LearningSessionRecord(session.LearningOfferingId, session.Code, session.StartsOn, session.EndsOn))
            .ToListAsync(cancellationToken),
            session => session.OfferingId);
}
