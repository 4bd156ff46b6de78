namespace CareerPaths.Api.Roles;

/// <summary>Withdraws a role: its published version is archived (still readable by HR); a draft, if any, stays.</summary>
public sealed record ArchiveRoleInput(string RoleCode, string? ExpectedRowVersion);
