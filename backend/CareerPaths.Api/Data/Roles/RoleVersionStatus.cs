namespace CareerPaths.Api.Data.Roles;

/// <summary>
/// Life cycle of a role profile version: HR edits a draft, publishes it, and the version it replaces is archived
/// (still readable, never edited again).
/// </summary>
public enum RoleVersionStatus
{
    Draft,
    Published,
    Archived,
}
