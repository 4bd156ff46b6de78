using System.Linq.Expressions;
using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>
/// The request's loaders of published roles and of what a role version holds, one batched query each.
/// Only published versions are visible for now (drafts come with HR sign-in).
/// </summary>
internal static class RoleDataLoaders
{
    public static IQueryable<RoleProfileVersion> Published(this CareerPathsDbContext db) =>
        db.RoleProfileVersions.AsNoTracking().Where(version => version.Status == RoleVersionStatus.Published);

    /// <summary>Published roles by role id (the id behind a role's global id).</summary>
    public static BatchDataLoader<int, RoleRecord> PublishedRoleById(this IResolverContext context) =>
        context.BatchLoader<int, RoleRecord>("Roles.PublishedById", static (db, ids, cancellationToken) => db.Published()
            .Where(version => ids.Contains(version.RoleProfileId))
            .Select(RoleRecord.Projection)
            .ToDictionaryAsync(role => role.Id, cancellationToken));

    public static BatchDataLoader<string, RoleRecord> PublishedRoleByCode(this IResolverContext context) =>
        context.BatchLoader<string, RoleRecord>("Roles.PublishedByCode", static (db, codes, cancellationToken) => db.Published()
            .Where(version => codes.Contains(version.RoleProfile.Code))
            .Select(RoleRecord.Projection)
            .ToDictionaryAsync(role => role.Code, StringComparer.Ordinal, cancellationToken));

    /// <summary>Each version's requirements in the order the profile lists them.</summary>
    public static GroupDataLoader<int, RoleRequirementRecord> RequirementsByVersion(this IResolverContext context) =>
        context.GroupLoader<int, RoleRequirementRecord>("Roles.Requirements", static (db, ids, cancellationToken) => db.RoleRequirements.AsNoTracking()
            .Where(requirement => ids.Contains(requirement.RoleProfileVersionId))
            .OrderBy(requirement => requirement.Id)
            .Select(requirement => new RoleRequirementRecord(
                requirement.RoleProfileVersionId, requirement.SkillId, requirement.RequiredLevel, requirement.Importance, requirement.IsEssential))
            .ToListAsync(cancellationToken),
            requirement => requirement.VersionId);

    /// <summary>Each version's certification groups by position, with their certification ids (one query, joined).</summary>
    public static GroupDataLoader<int, CertificationGroupRecord> CertificationGroupsByVersion(this IResolverContext context) =>
        context.GroupLoader<int, CertificationGroupRecord>("Roles.CertificationGroups", static (db, ids, cancellationToken) => db.CertificationRequirementGroups.AsNoTracking()
            .Where(group => ids.Contains(group.RoleProfileVersionId))
            .OrderBy(group => group.RoleProfileVersionId).ThenBy(group => group.Position)
            .Select(group => new CertificationGroupRecord(
                group.RoleProfileVersionId, group.Position, group.IsRequired,
                group.Options.OrderBy(option => EF.Functions.Collate(option.Certification.Code, Ordinal.Collation)).Select(option => option.CertificationId).ToList()))
            .ToListAsync(cancellationToken),
            group => group.VersionId);

    /// <summary>Each version's education requirements in the order the profile lists them.</summary>
    public static GroupDataLoader<int, EducationRecord> EducationByVersion(this IResolverContext context) =>
        context.GroupLoader<int, EducationRecord>("Roles.Education", static (db, ids, cancellationToken) => db.EducationRequirements.AsNoTracking()
            .Where(education => ids.Contains(education.RoleProfileVersionId))
            .OrderBy(education => education.Id)
            .Select(education => new EducationRecord(education.RoleProfileVersionId, education.Level, education.Fields, education.IsRequired))
            .ToListAsync(cancellationToken),
            education => education.VersionId);

    /// <summary>Transitions out of each role, between published roles only, quickest first.</summary>
    public static GroupDataLoader<int, CareerTransitionRecord> TransitionsFromRole(this IResolverContext context) =>
        context.GroupLoader<int, CareerTransitionRecord>("Roles.TransitionsFrom", static (db, ids, cancellationToken) => BetweenPublishedRoles(db)
            .Where(transition => ids.Contains(transition.FromRoleId))
            .OrderBy(transition => transition.TypicalYears).ThenBy(transition => transition.Id)
            .Select(Transition)
            .ToListAsync(cancellationToken),
            transition => transition.FromRoleId);

    /// <summary>Transitions into each role, between published roles only, quickest first.</summary>
    public static GroupDataLoader<int, CareerTransitionRecord> TransitionsToRole(this IResolverContext context) =>
        context.GroupLoader<int, CareerTransitionRecord>("Roles.TransitionsTo", static (db, ids, cancellationToken) => BetweenPublishedRoles(db)
            .Where(transition => ids.Contains(transition.ToRoleId))
            .OrderBy(transition => transition.TypicalYears).ThenBy(transition => transition.Id)
            .Select(Transition)
            .ToListAsync(cancellationToken),
            transition => transition.ToRoleId);

    private static readonly Expression<Func<CareerTransition, CareerTransitionRecord>> Transition =
        transition => new CareerTransitionRecord(transition.FromRoleId, transition.ToRoleId, (double)transition.TypicalYears, transition.Note);

    private static IQueryable<CareerTransition> BetweenPublishedRoles(CareerPathsDbContext db) => db.CareerTransitions.AsNoTracking()
        .Where(transition => transition.FromRole.Versions.Any(version => version.Status == RoleVersionStatus.Published)
            && transition.ToRole.Versions.Any(version => version.Status == RoleVersionStatus.Published));
}
