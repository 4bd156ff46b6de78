namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>
/// A seeded person to sign in as in Development (and in tests), with the app roles their token carries.
/// <see cref="EmployeeNumber"/> is null for the one persona that has no employee record.
/// </summary>
public sealed record Persona(string Key, string Description, string? EmployeeNumber, IReadOnlyList<string> Roles);
