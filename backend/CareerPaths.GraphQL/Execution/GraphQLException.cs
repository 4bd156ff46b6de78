namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// A deliberate, client-visible error thrown by a resolver: its message always reaches the client (other
/// exceptions are masked unless <see cref="ExecutionOptions.ExposeExceptionMessages"/> is set), with
/// <see cref="Code"/> as <c>extensions.code</c> and any further <see cref="Extensions"/>.
/// </summary>
public class GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string? Code { get; } = code;

    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
