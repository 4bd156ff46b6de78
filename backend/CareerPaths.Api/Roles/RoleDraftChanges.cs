using System.Text.RegularExpressions;
using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>createRole and createRoleDraft: where every new version of a role profile starts (HR only).</summary>
internal static partial class RoleDraftChanges
{
    public const string VersionTypeName = "RoleVersion";

    public static async Task<object> CreateRoleAsync(IResolverContext context, CreateRoleInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var problems = new InputProblems();
        var code = problems.Text("code", input.Code, ColumnLengths.Code, required: true)!;
        if (code.Length > 0 && !KebabCase().IsMatch(code))
        {
            problems.Add(new InvalidCodeError("code", code));
        }

        var name = problems.Text("name", input.Name, ColumnLengths.Name, required: true)!;
        var description = problems.Text("description", input.Description, RoleDraftValidation.MaxDescription, required: true)!;
        if (problems.Any)
        {
            return Payload<RoleVersionRecord>.Failure(problems.ToArray());
        }

        if (await change.Db.RoleProfiles.AnyAsync(role => role.Code == code, change.CancellationToken))
        {
            return Payload<RoleVersionRecord>.Failure(new RoleCodeTakenError(code));
        }

        var role = new RoleProfile { Code = code, CreatedAt = change.Now };
        var draft = new RoleProfileVersion
        {
            VersionNumber = 1, Status = RoleVersionStatus.Draft, Name = name, Family = input.Family, Tier = input.Tier, Side = input.Side,
            Description = description, CreatedAt = change.Now,
        };
        role.Versions.Add(draft);
        change.Db.RoleProfiles.Add(role);
        try
        {
            await change.SaveAsync();
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another HR user created the same code between the check and the insert.
            return Payload<RoleVersionRecord>.Failure(new RoleCodeTakenError(code));
        }

        change.Audit(AuditedEntities.RoleProfile, code, "create-role", null, await RoleSnapshots.VersionAsync(change, draft.Id));
        await change.CommitAsync();
        return Payload<RoleVersionRecord>.Success(await ReadAsync(change, draft.Id));
    }

    public static async Task<object> CreateRoleDraftAsync(IResolverContext context, CreateRoleDraftInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var roleId = await change.Db.RoleProfiles.Where(role => role.Code == input.RoleCode).Select(role => (int?)role.Id).SingleOrDefaultAsync(change.CancellationToken);
        if (roleId is null || !await RoleProfileLock.TryLockAsync(change, roleId.Value, expected: null))
        {
            return Payload<RoleVersionRecord>.Failure(new UnknownRoleError("roleCode", input.RoleCode));
        }

        // Locked: no other change of this role can add a draft until this one ends.
        var versions = await change.Db.RoleProfileVersions.AsNoTracking().Where(v => v.RoleProfileId == roleId)
            .Select(v => new { v.Id, v.Status, v.VersionNumber }).ToListAsync(change.CancellationToken);
        if (versions.Find(v => v.Status == RoleVersionStatus.Draft) is { } existing)
        {
            return Payload<RoleVersionRecord>.Failure(new DraftExistsError(input.RoleCode, GlobalId.Encode(VersionTypeName, existing.Id)));
        }

        var source = versions.Find(v => v.Status == RoleVersionStatus.Published) ?? versions.MaxBy(v => v.VersionNumber)!;
        var draft = await RoleVersionCopy.CopyAsDraftAsync(change, source.Id, versions.Max(v => v.VersionNumber) + 1);
        change.Audit(AuditedEntities.RoleProfile, input.RoleCode, "create-draft", null, await RoleSnapshots.VersionAsync(change, draft.Id));
        await change.CommitAsync();
        return Payload<RoleVersionRecord>.Success(await ReadAsync(change, draft.Id));
    }

    public static Task<RoleVersionRecord> ReadAsync(AuditedChange change, int versionId) => change.Db.RoleProfileVersions.AsNoTracking()
        .Where(version => version.Id == versionId)
        .Select(RoleVersionRecord.Projection)
        .SingleAsync(change.CancellationToken);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
