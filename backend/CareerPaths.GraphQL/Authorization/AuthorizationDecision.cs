namespace CareerPaths.GraphQL.Authorization;

/// <summary>The outcome of evaluating one authorization policy for the request's user.</summary>
public enum AuthorizationDecision
{
    Allowed,

    /// <summary>The user is known but the policy denies access: <c>FORBIDDEN</c>.</summary>
    Forbidden,

    /// <summary>The policy needs an authenticated user and there is none: <c>UNAUTHENTICATED</c>.</summary>
    Unauthenticated,
}
