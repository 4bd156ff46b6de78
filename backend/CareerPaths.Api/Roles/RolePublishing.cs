using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>publishRoleDraft and archiveRole: moving versions through draft → published → archived (HR only).</summary>
internal static class RolePublishing
{
    public static async Task<object> PublishRoleDraftAsync(IResolverContext context, PublishRoleDraftInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var draft = await RoleDraftUpdate.DraftAsync(change, input.DraftId);
        if (draft is null)
        {
            return Payload<RoleRecord>.Failure(new NotFoundError("draftId", input.DraftId));
        }

        if (!await RoleProfileLock.TryLockAsync(change, draft.RoleProfileId, input.ExpectedRowVersion))
        {
            return Payload<RoleRecord>.Failure(await RoleProfileLock.ConflictAsync(change, draft.RoleProfileId, input.ExpectedRowVersion));
        }

        var code = await change.Db.RoleProfiles.Where(role => role.Id == draft.RoleProfileId).Select(role => role.Code).SingleAsync(change.CancellationToken);
        var namesake = await change.Db.RoleProfileVersions
            .Where(v => v.Status == RoleVersionStatus.Published && v.Name == draft.Name && v.RoleProfileId != draft.RoleProfileId)
            .Select(v => v.RoleProfile.Code).FirstOrDefaultAsync(change.CancellationToken);
        if (namesake is not null)
        {
            return Payload<RoleRecord>.Failure(new RoleNameTakenError(draft.Name, namesake));
        }

        var published = await change.Db.RoleProfileVersions
            .SingleOrDefaultAsync(v => v.RoleProfileId == draft.RoleProfileId && v.Status == RoleVersionStatus.Published, change.CancellationToken);
        var before = published is null ? null : await RoleSnapshots.VersionAsync(change, published.Id);
        if (published is not null)
        {
            // The partial unique indexes (one published, one draft per role) are checked row by row, so the old
            // version must be archived in a statement before the draft becomes published.
            published.Status = RoleVersionStatus.Archived;
            await change.SaveAsync();
        }

        draft.Status = RoleVersionStatus.Published;
        draft.PublishedAt = change.Now;
        try
        {
            await change.SaveAsync();
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e, "IX_RoleProfileVersions_Name_Published"))
        {
            // Another role was published under this name between the check and now.
            return Payload<RoleRecord>.Failure(new RoleNameTakenError(draft.Name, "?"));
        }

        change.Audit(AuditedEntities.RoleProfile, code, "publish-draft", before, await RoleSnapshots.VersionAsync(change, draft.Id));
        await change.CommitAsync();
        return Payload<RoleRecord>.Success(await change.Db.RoleProfileVersions.AsNoTracking().Where(v => v.Id == draft.Id)
            .Select(RoleRecord.Projection).SingleAsync(change.CancellationToken));
    }

    public static async Task<object> ArchiveRoleAsync(IResolverContext context, ArchiveRoleInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var roleId = await change.Db.RoleProfiles.Where(role => role.Code == input.RoleCode).Select(role => (int?)role.Id).SingleOrDefaultAsync(change.CancellationToken);
        if (roleId is null)
        {
            return Payload<RoleVersionRecord>.Failure(new UnknownRoleError("roleCode", input.RoleCode));
        }

        if (!await RoleProfileLock.TryLockAsync(change, roleId.Value, input.ExpectedRowVersion))
        {
            return Payload<RoleVersionRecord>.Failure(await RoleProfileLock.ConflictAsync(change, roleId.Value, input.ExpectedRowVersion!));
        }

        var published = await change.Db.RoleProfileVersions
            .SingleOrDefaultAsync(v => v.RoleProfileId == roleId && v.Status == RoleVersionStatus.Published, change.CancellationToken);
        if (published is null)
        {
            return Payload<RoleVersionRecord>.Failure(new RoleNotPublishedError(input.RoleCode));
        }

        var before = await RoleSnapshots.VersionAsync(change, published.Id);
        published.Status = RoleVersionStatus.Archived;
        await change.SaveAsync();
        change.Audit(AuditedEntities.RoleProfile, input.RoleCode, "archive-role", before, await RoleSnapshots.VersionAsync(change, published.Id));
        await change.CommitAsync();
        return Payload<RoleVersionRecord>.Success(await RoleDraftChanges.ReadAsync(change, published.Id));
    }
}
