using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// A request refused by the HTTP layer: answered with the status <see cref="StatusCodePolicy"/> gives its
/// kind and a GraphQL-shaped body, <c>{"errors":[{"message","extensions":{"code"}}]}</c>.
/// </summary>
/// <param name="Kind">Why it was refused; decides the status.</param>
/// <param name="Message">What the client should change, in the error's message.</param>
/// <param name="Allow">The methods to list in an <c>Allow</c> header (405 only).</param>
public sealed record RequestProblem(RequestProblemKind Kind, string Message, string? Allow = null)
{
    public static RequestProblem Malformed(string message) => new(RequestProblemKind.MalformedRequest, message);

    public ExecutionResult ToResult() => ExecutionResult.RequestError(new GraphQLError(
        Message, extensions: new Dictionary<string, object?> { ["code"] = HttpErrorCodes.For(Kind) }));
}
