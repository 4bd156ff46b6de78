using CareerPaths.GraphQL.Errors;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// The response of a request (spec §7.1). A <b>request error</b> (syntax, validation, operation selection,
/// variable coercion, unsupported operation) has <see cref="Errors"/> and no data entry at all
/// (<see cref="HasData"/> false); an <b>execution result</b> has a data entry — an object, or null when a
/// non-null error reached the root — and possibly execution errors.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(ResultMap? data, bool hasData, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>The data entry; null when absent or when null propagated to the root.</summary>
    public ResultMap? Data { get; }

    /// <summary>True when the response has a "data" entry (execution started), even if it is null.</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order they were raised; empty when there are none (then "errors" is omitted).</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The response's "extensions" entry, if any.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>True for a request error: the request was rejected before execution started.</summary>
    public bool IsRequestError => !HasData;

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, false, errors, null);

    public static ExecutionResult RequestError(GraphQLError error) => new(null, false, [error], null);

    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) => new(data, true, errors, null);
}
