using CareerPaths.GraphQL.Authorization;

namespace CareerPaths.Api.Identity;

/// <summary>
/// Gives the schema's policy names (<see cref="Policies"/>) their meaning, from the request's <see cref="Viewer"/>.
/// Every policy needs a signed-in person linked to an employee; an unknown policy name is denied (fail closed).
/// Which rows a field returns is not decided here but in the data access (<see cref="IEmployeeScope"/>).
/// </summary>
internal sealed class ViewerPolicyEvaluator : IAuthorizationPolicyEvaluator
{
    public async ValueTask<AuthorizationDecision> EvaluateAsync(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var viewer = await request.Services.GetRequiredService<IViewerAccessor>().GetViewerAsync(request.CancellationToken);
        if (!viewer.IsAuthenticated)
        {
            return AuthorizationDecision.Unauthenticated;
        }

        return Allows(request.Policy, viewer) ? AuthorizationDecision.Allowed : AuthorizationDecision.Forbidden;
    }

    /// <summary>Whether <paramref name="viewer"/> satisfies the policy named <paramref name="policy"/>.</summary>
    public static bool Allows(string policy, Viewer viewer) => viewer.IsEmployee && policy switch
    {
        Policies.Employee => true,
        Policies.HR => viewer.IsHR,
        Policies.Manager => viewer.IsManager || viewer.IsHR,
        Policies.LearningAndDevelopment => viewer.IsLearningAndDevelopment || viewer.IsHR,
        _ => false,
    };

    /// <summary>The policy names this evaluator knows; a schema that uses any other fails its tests.</summary>
    public static IReadOnlyList<string> KnownPolicies { get; } =
        [Policies.Employee, Policies.HR, Policies.Manager, Policies.LearningAndDevelopment];
}
