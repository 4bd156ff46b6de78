namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>The body of <c>POST /dev/token</c>: a persona key, or an employee number with the app roles to carry.</summary>
public sealed record DevTokenRequest(string? Persona, string? EmployeeNumber, IReadOnlyList<string>? Roles);

/// <summary>The answer of <c>POST /dev/token</c>: a bearer token and whom it is for.</summary>
public sealed record DevTokenResponse(
    string AccessToken, string TokenType, int ExpiresIn, string? Persona, string? EmployeeNumber, string Name, IReadOnlyList<string> Roles);
