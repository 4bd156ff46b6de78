using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Skills;

/// <summary>The request's loaders of skills and their level descriptors, one batched query each.</summary>
internal static class SkillDataLoaders
{
    public static BatchDataLoader<int, SkillRecord> SkillById(this IResolverContext context) =>
        context.BatchLoader<int, SkillRecord>("Skills.ById", static (db, ids, cancellationToken) => db.Skills.AsNoTracking()
            .Where(skill => ids.Contains(skill.Id))
            .Select(SkillRecord.Projection)
            .ToDictionaryAsync(skill => skill.Id, cancellationToken));

    public static BatchDataLoader<string, SkillRecord> SkillByCode(this IResolverContext context) =>
        context.BatchLoader<string, SkillRecord>("Skills.ByCode", static (db, codes, cancellationToken) => db.Skills.AsNoTracking()
            .Where(skill => codes.Contains(skill.Code))
            .Select(SkillRecord.Projection)
            .ToDictionaryAsync(skill => skill.Code, StringComparer.Ordinal, cancellationToken));

    /// <summary>Each skill's level descriptors, from level 1 up.</summary>
    public static GroupDataLoader<int, SkillLevelRecord> LevelsBySkill(this IResolverContext context) =>
        context.GroupLoader<int, SkillLevelRecord>("Skills.Levels", static (db, ids, cancellationToken) => db.SkillLevelDescriptors.AsNoTracking()
            .Where(level => ids.Contains(level.SkillId))
            .OrderBy(level => level.SkillId).ThenBy(level => level.Level)
            .Select(level => new SkillLevelRecord(level.SkillId, level.Level, level.Descriptor))
            .ToListAsync(cancellationToken),
            level => level.SkillId);
}
