using System.Collections.Frozen;
using System.Security.Claims;

namespace CareerPaths.GraphQL.Authorization;

/// <summary>
/// A policy evaluator from plain predicates over the user, keyed by policy name; an unknown policy is denied.
/// Unauthenticated users are answered <see cref="AuthorizationDecision.Unauthenticated"/> when a policy denies them.
/// </summary>
public sealed class DelegatePolicyEvaluator(IReadOnlyDictionary<string, Func<ClaimsPrincipal, bool>> policies) : IAuthorizationPolicyEvaluator
{
    private readonly FrozenDictionary<string, Func<ClaimsPrincipal, bool>> _policies = policies.ToFrozenDictionary(StringComparer.Ordinal);

    public ValueTask<AuthorizationDecision> EvaluateAsync(AuthorizationRequest request)
    {
        if (_policies.TryGetValue(request.Policy, out var allows) && allows(request.User))
        {
            return new(AuthorizationDecision.Allowed);
        }

        return new(request.User.Identity?.IsAuthenticated == true ? AuthorizationDecision.Forbidden : AuthorizationDecision.Unauthenticated);
    }
}
