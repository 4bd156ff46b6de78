using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>updateRoleDraft: checks the role's row version, validates everything, then changes the draft (HR only).</summary>
internal static class RoleDraftUpdate
{
    public static async Task<object> UpdateRoleDraftAsync(IResolverContext context, UpdateRoleDraftInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var draft = await DraftAsync(change, input.DraftId);
        if (draft is null)
        {
            return Payload<RoleVersionRecord>.Failure(new NotFoundError("draftId", input.DraftId));
        }

        if (!await RoleProfileLock.TryLockAsync(change, draft.RoleProfileId, input.ExpectedRowVersion))
        {
            return Payload<RoleVersionRecord>.Failure(await RoleProfileLock.ConflictAsync(change, draft.RoleProfileId, input.ExpectedRowVersion));
        }

        var check = await RoleDraftValidation.CheckAsync(change, input);
        if (check.Problems.Any)
        {
            return Payload<RoleVersionRecord>.Failure(check.Problems.ToArray());
        }

        var before = await RoleSnapshots.VersionAsync(change, draft.Id);
        draft.Name = check.Name ?? draft.Name;
        draft.Family = input.Family ?? draft.Family;
        draft.Tier = input.Tier ?? draft.Tier;
        draft.Side = input.Side ?? draft.Side;
        draft.Description = check.Description ?? draft.Description;
        draft.Responsibilities = input.Responsibilities is { } responsibilities ? [.. responsibilities.Select(r => r.Trim())] : draft.Responsibilities;
        draft.MinimumExperienceYears = input.MinimumExperienceYears ?? draft.MinimumExperienceYears;
        draft.Sources = input.Sources is { } sources ? [.. sources.Select(s => s.Trim())] : draft.Sources;
        await ReplaceListsAsync(change, draft, input, check);
        await change.SaveAsync();
        var code = await change.Db.RoleProfiles.Where(role => role.Id == draft.RoleProfileId).Select(role => role.Code).SingleAsync(change.CancellationToken);
        change.Audit(AuditedEntities.RoleProfile, code, "update-draft", before, await RoleSnapshots.VersionAsync(change, draft.Id));
        await change.CommitAsync();
        return Payload<RoleVersionRecord>.Success(await RoleDraftChanges.ReadAsync(change, draft.Id));
    }

    /// <summary>The draft with this RoleVersion id (tracked), or null when it is not one or no longer a draft.</summary>
    public static async Task<RoleProfileVersion?> DraftAsync(AuditedChange change, string draftId) =>
        GlobalIds.TryParse(draftId, RoleDraftChanges.VersionTypeName, out var id)
            ? await change.Db.RoleProfileVersions.SingleOrDefaultAsync(v => v.Id == id && v.Status == RoleVersionStatus.Draft, change.CancellationToken)
            : null;

    // The old rows go first, in SQL of their own: a replaced list may name the same skill again, and the unique
    // (version, skill) index must not see old and new rows side by side.
    private static async Task ReplaceListsAsync(AuditedChange change, RoleProfileVersion draft, UpdateRoleDraftInput input, RoleDraftValidation check)
    {
        var db = change.Db;
        if (input.Requirements is { } requirements)
        {
            await db.RoleRequirements.Where(r => r.RoleProfileVersionId == draft.Id).ExecuteDeleteAsync(change.CancellationToken);
            db.RoleRequirements.AddRange(requirements.Select(r => new RoleRequirement
            {
                RoleProfileVersionId = draft.Id, SkillId = check.SkillIds[r.Skill], RequiredLevel = r.RequiredLevel, Importance = r.Importance, IsEssential = r.Essential,
            }));
        }

        if (input.CertificationGroups is { } groups)
        {
            await db.CertificationRequirementGroups.Where(g => g.RoleProfileVersionId == draft.Id).ExecuteDeleteAsync(change.CancellationToken);
            for (var i = 0; i < groups.Count; i++)
            {
                var group = new CertificationRequirementGroup { RoleProfileVersionId = draft.Id, Position = i + 1, IsRequired = groups[i].Required };
                foreach (var code in groups[i].Certifications)
                {
                    group.Options.Add(new CertificationRequirementOption { CertificationId = check.CertificationIds[code] });
                }

                db.CertificationRequirementGroups.Add(group);
            }
        }

        if (input.Education is { } education)
        {
            await db.EducationRequirements.Where(e => e.RoleProfileVersionId == draft.Id).ExecuteDeleteAsync(change.CancellationToken);
            db.EducationRequirements.AddRange(education.Select(e => new EducationRequirement
            {
                RoleProfileVersionId = draft.Id, Level = e.Level, Fields = [.. e.Fields.Select(f => f.Trim())], IsRequired = e.Required,
            }));
        }
    }
}
