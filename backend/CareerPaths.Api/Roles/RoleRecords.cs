using System.Linq.Expressions;
using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Roles;

/// <summary>
/// One version of a role profile as the API reads it. <see cref="Id"/> is the role's stable id (its global
/// id survives new versions); <see cref="VersionId"/> keys the version's requirements, groups and education.
/// </summary>
public sealed record RoleRecord(
    int Id, int VersionId, string Code, string Name, RoleFamily Family, RoleTier Tier, RoleSide Side,
    string Description, IReadOnlyList<string> Responsibilities, int MinimumExperienceYears, IReadOnlyList<string> Sources,
    int VersionNumber, RoleVersionStatus Status, DateTimeOffset? PublishedAt)
{
    public static readonly Expression<Func<RoleProfileVersion, RoleRecord>> Projection = version => new RoleRecord(
        version.RoleProfileId, version.Id, version.RoleProfile.Code, version.Name, version.Family, version.Tier, version.Side,
        version.Description, version.Responsibilities, version.MinimumExperienceYears, version.Sources,
        version.VersionNumber, version.Status, version.PublishedAt);
}

/// <summary>A skill a role version needs.</summary>
public sealed record RoleRequirementRecord(int VersionId, int SkillId, int RequiredLevel, int Importance, bool Essential);

/// <summary>"Any of these certifications", required or recommended; the certifications in code order.</summary>
public sealed record CertificationGroupRecord(int VersionId, int Position, bool Required, IReadOnlyList<int> CertificationIds);

/// <summary>A degree a role version asks for or prefers.</summary>
public sealed record EducationRecord(int VersionId, EducationLevel Level, IReadOnlyList<string> Fields, bool Required);

/// <summary>A curated move from one role to another (both by role id).</summary>
public sealed record CareerTransitionRecord(int FromRoleId, int ToRoleId, double TypicalYears, string? Note);
