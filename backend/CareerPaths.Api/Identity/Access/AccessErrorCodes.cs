namespace CareerPaths.Api.Identity.Access;

/// <summary>The <c>extensions.code</c> of refusals at the HTTP level (docs/security.md).</summary>
public static class AccessErrorCodes
{
    /// <summary>401: no token, or one that failed validation.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>403: a valid token for a person with no Employee record.</summary>
    public const string NotAnEmployee = "NOT_AN_EMPLOYEE";

    /// <summary>403: a valid token without the delegated permission the API requires.</summary>
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";

    /// <summary>429: too many requests from one person (or one address, before sign-in).</summary>
    public const string RateLimited = "RATE_LIMITED";
}
