namespace CareerPaths.GraphQL.Authorization;

/// <summary>
/// Gives the policy names of the schema (<c>.Authorize("…")</c>, <c>AuthorizationPolicies</c>) their meaning.
/// The API registers one (for example over ASP.NET Core's <c>IAuthorizationService</c>); the engine knows no
/// policy itself. A decision is taken per user and policy: the executor asks once per request and policy and
/// reuses the answer for every field and object carrying that policy (resource-based checks belong in resolvers).
/// </summary>
public interface IAuthorizationPolicyEvaluator
{
    ValueTask<AuthorizationDecision> EvaluateAsync(AuthorizationRequest request);
}
