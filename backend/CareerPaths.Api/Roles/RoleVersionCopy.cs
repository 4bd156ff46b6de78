using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Roles;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>Copies a role version, with its requirements, certification groups and education, into a new draft.</summary>
internal static class RoleVersionCopy
{
    public static async Task<RoleProfileVersion> CopyAsDraftAsync(AuditedChange change, int sourceId, int versionNumber)
    {
        var source = await change.Db.RoleProfileVersions.AsNoTracking()
            .Include(v => v.Requirements)
            .Include(v => v.CertificationGroups).ThenInclude(g => g.Options)
            .Include(v => v.EducationRequirements)
            .AsSplitQuery()
            .SingleAsync(v => v.Id == sourceId, change.CancellationToken);
        var draft = new RoleProfileVersion
        {
            RoleProfileId = source.RoleProfileId, VersionNumber = versionNumber, Status = RoleVersionStatus.Draft,
            Name = source.Name, Family = source.Family, Tier = source.Tier, Side = source.Side, Description = source.Description,
            Responsibilities = [.. source.Responsibilities], MinimumExperienceYears = source.MinimumExperienceYears,
            Sources = [.. source.Sources], CreatedAt = change.Now,
        };
        foreach (var requirement in source.Requirements.OrderBy(r => r.Id))
        {
            draft.Requirements.Add(new RoleRequirement
            {
                SkillId = requirement.SkillId, RequiredLevel = requirement.RequiredLevel, Importance = requirement.Importance, IsEssential = requirement.IsEssential,
            });
        }

        foreach (var group in source.CertificationGroups.OrderBy(g => g.Position))
        {
            var copy = new CertificationRequirementGroup { Position = group.Position, IsRequired = group.IsRequired };
            foreach (var option in group.Options)
            {
                copy.Options.Add(new CertificationRequirementOption { CertificationId = option.CertificationId });
            }

            draft.CertificationGroups.Add(copy);
        }

        foreach (var education in source.EducationRequirements.OrderBy(e => e.Id))
        {
            draft.EducationRequirements.Add(new EducationRequirement { Level = education.Level, Fields = [.. education.Fields], IsRequired = education.IsRequired });
        }

        change.Db.RoleProfileVersions.Add(draft);
        await change.SaveAsync();
        return draft;
    }
}
