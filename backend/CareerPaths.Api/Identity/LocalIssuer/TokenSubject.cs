namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>Whom a local token is for: the claims Entra ID would put in an access token for this person.</summary>
public sealed record TokenSubject(Guid ObjectId, string Name, string Email, IReadOnlyList<string> Roles);
