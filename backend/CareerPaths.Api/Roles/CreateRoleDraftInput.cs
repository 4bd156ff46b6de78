namespace CareerPaths.Api.Roles;

/// <summary>Starts the next version of a role as a draft, copied from its published (or else its latest) version.</summary>
public sealed record CreateRoleDraftInput(string RoleCode);
