using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Roles;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>What the audit log keeps of a role version: its content with skill and certification codes.</summary>
internal static class RoleSnapshots
{
    /// <summary>The version as the database holds it within the change's transaction.</summary>
    public static async Task<object> VersionAsync(AuditedChange change, int versionId)
    {
        var db = change.Db;
        var token = change.CancellationToken;
        var version = await db.RoleProfileVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { v.Id, v.RoleProfile.Code, v.VersionNumber, v.Status, v.Name, v.Family, v.Tier, v.Side, v.Description, v.Responsibilities, v.MinimumExperienceYears, v.Sources, v.PublishedAt })
            .SingleAsync(token);
        var requirements = await db.RoleRequirements.AsNoTracking().Where(r => r.RoleProfileVersionId == versionId).OrderBy(r => r.Id)
            .Select(r => new { skill = r.Skill.Code, requiredLevel = r.RequiredLevel, importance = r.Importance, essential = r.IsEssential })
            .ToListAsync(token);
        var groups = await db.CertificationRequirementGroups.AsNoTracking().Where(g => g.RoleProfileVersionId == versionId).OrderBy(g => g.Position)
            .Select(g => new { required = g.IsRequired, certifications = g.Options.OrderBy(o => o.Certification.Code).Select(o => o.Certification.Code).ToList() })
            .ToListAsync(token);
        var education = await db.EducationRequirements.AsNoTracking().Where(e => e.RoleProfileVersionId == versionId).OrderBy(e => e.Id)
            .Select(e => new { e.Level, e.Fields, required = e.IsRequired })
            .ToListAsync(token);
        return new
        {
            versionId = version.Id,
            roleCode = version.Code,
            version.VersionNumber,
            status = EnumText<RoleVersionStatus>.ToText(version.Status),
            version.Name,
            family = EnumText<RoleFamily>.ToText(version.Family),
            tier = EnumText<RoleTier>.ToText(version.Tier),
            side = EnumText<RoleSide>.ToText(version.Side),
            version.Description,
            version.Responsibilities,
            version.MinimumExperienceYears,
            version.Sources,
            version.PublishedAt,
            requirements,
            certificationGroups = groups,
            education = education.Select(e => new { level = EnumText<EducationLevel>.ToText(e.Level), fields = e.Fields, e.required }),
        };
    }
}
