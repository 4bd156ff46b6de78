using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Roles;

/// <summary>A brand-new role: its code and the first draft's basics (fill in the rest with updateRoleDraft).</summary>
public sealed record CreateRoleInput(string Code, string Name, RoleFamily Family, RoleTier Tier, RoleSide Side, string Description);
