using CareerPaths.GraphQL.Authorization;

namespace CareerPaths.GraphQL.Execution;

/// <summary>How requests are executed; one instance is shared by all requests of an executor.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// The longest an execution may run; null for no limit. On expiry the resolvers' cancellation token is
    /// cancelled and the result holds what completed, with the unfinished fields null and one
    /// <c>EXECUTION_TIMEOUT</c> error (see docs/graphql-engine/execution.md).
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// When true, the message of any exception a resolver throws reaches the client; when false (production)
    /// only <see cref="GraphQLException"/> messages do, other exceptions become "Unexpected error.".
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>Evaluates authorization policies; when null, the request's services are asked for one.</summary>
    public IAuthorizationPolicyEvaluator? AuthorizationEvaluator { get; init; }

    /// <summary>Called with every exception a resolver threw (for logging), with the error that reports it.</summary>
    public Action<Exception, CareerPaths.GraphQL.Errors.GraphQLError>? OnResolverException { get; init; }
}
