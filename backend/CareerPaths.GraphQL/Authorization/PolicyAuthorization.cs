using System.Security.Claims;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Authorization;

/// <summary>
/// The per-request side of the authorization hook: evaluates the policies of a field or type (all must
/// allow), remembering each policy's decision for the rest of the request, and words the denial errors.
/// Without an evaluator every policy is denied (fail closed).
/// </summary>
internal sealed class PolicyAuthorization(IAuthorizationPolicyEvaluator? evaluator, ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, AuthorizationDecision> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<AuthorizationDecision>> _running = new(StringComparer.Ordinal);

    /// <summary>The combined decision, synchronously when every policy was decided before or decides synchronously.</summary>
    public ValueTask<AuthorizationDecision> AuthorizeAsync(IReadOnlyList<string> policies, ITypeSystemMember target)
    {
        for (var i = 0; i < policies.Count; i++)
        {
            if (!TryGetDecision(policies[i], out var decision))
            {
                return EvaluateRemainingAsync(policies, i, target);
            }

            if (decision != AuthorizationDecision.Allowed)
            {
                return new(decision);
            }
        }

        return new(AuthorizationDecision.Allowed);
    }

    private async ValueTask<AuthorizationDecision> EvaluateRemainingAsync(IReadOnlyList<string> policies, int start, ITypeSystemMember target)
    {
        for (var i = start; i < policies.Count; i++)
        {
            var decision = await Decide(policies[i], target).ConfigureAwait(false);
            if (decision != AuthorizationDecision.Allowed)
            {
                return decision;
            }
        }

        return AuthorizationDecision.Allowed;
    }

    // One evaluation per policy and request, even when several fields ask while it is still running.
    // Evaluations may finish on another thread than the executor's, hence the lock.
    private Task<AuthorizationDecision> Decide(string policy, ITypeSystemMember target)
    {
        lock (_decisions)
        {
            if (_decisions.TryGetValue(policy, out var decided))
            {
                return Task.FromResult(decided);
            }

            if (_running.TryGetValue(policy, out var running))
            {
                return running;
            }

            var evaluation = EvaluateAsync(policy, target).AsTask();
            _running[policy] = evaluation;
            _ = evaluation.ContinueWith(
                (task, state) => Remember((string)state!, task),
                policy,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return evaluation;
        }
    }

    private void Remember(string policy, Task<AuthorizationDecision> evaluation)
    {
        lock (_decisions)
        {
            _running.Remove(policy);
            if (evaluation.IsCompletedSuccessfully)
            {
                _decisions[policy] = evaluation.Result;
            }
        }
    }

    private bool TryGetDecision(string policy, out AuthorizationDecision decision)
    {
        lock (_decisions)
        {
            return _decisions.TryGetValue(policy, out decision);
        }
    }

    private ValueTask<AuthorizationDecision> EvaluateAsync(string policy, ITypeSystemMember target)
    {
        if (evaluator is null)
        {
            return new(user.Identity?.IsAuthenticated == true ? AuthorizationDecision.Forbidden : AuthorizationDecision.Unauthenticated);
        }

        return evaluator.EvaluateAsync(new AuthorizationRequest(policy, target, user, services, cancellationToken));
    }

    public static string Code(AuthorizationDecision decision) =>
        decision == AuthorizationDecision.Unauthenticated ? ErrorCodes.Unauthenticated : ErrorCodes.Forbidden;

    public static string Message(AuthorizationDecision decision, string target) => decision == AuthorizationDecision.Unauthenticated
        ? $"Authentication is required to access {target}."
        : $"Not authorized to access {target}.";
}
