using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Roles;

/// <summary>
/// Changes a draft. <see cref="ExpectedRowVersion"/> is the role's <c>rowVersion</c> as read; absent fields stay as
/// they are, and a list given replaces the draft's list.
/// </summary>
public sealed record UpdateRoleDraftInput(
    string DraftId, string ExpectedRowVersion, string? Name, RoleFamily? Family, RoleTier? Tier, RoleSide? Side, string? Description,
    IReadOnlyList<string>? Responsibilities, int? MinimumExperienceYears, IReadOnlyList<string>? Sources,
    IReadOnlyList<RoleRequirementInput>? Requirements, IReadOnlyList<CertificationGroupInput>? CertificationGroups,
    IReadOnlyList<EducationRequirementInput>? Education);
