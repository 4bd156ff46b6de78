using System.Linq.Expressions;
using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Roles;

/// <summary>
/// Any version of a role profile (draft, published or archived), as HR reads it. <see cref="RowVersion"/> is the
/// role's concurrency token (PostgreSQL xmin of its RoleProfiles row) at the time of reading: edits send it back.
/// </summary>
public sealed record RoleVersionRecord(
    int Id, int RoleId, string Code, string Name, RoleFamily Family, RoleTier Tier, RoleSide Side, string Description,
    IReadOnlyList<string> Responsibilities, int MinimumExperienceYears, IReadOnlyList<string> Sources,
    int VersionNumber, RoleVersionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, uint RowVersion)
{
    public static readonly Expression<Func<RoleProfileVersion, RoleVersionRecord>> Projection = version => new RoleVersionRecord(
        version.Id, version.RoleProfileId, version.RoleProfile.Code, version.Name, version.Family, version.Tier, version.Side,
        version.Description, version.Responsibilities, version.MinimumExperienceYears, version.Sources,
        version.VersionNumber, version.Status, version.CreatedAt, version.PublishedAt, version.RoleProfile.RowVersion);
}
