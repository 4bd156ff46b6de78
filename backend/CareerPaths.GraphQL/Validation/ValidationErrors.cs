using CareerPaths.GraphQL.Errors;

namespace CareerPaths.GraphQL.Validation;

/// <summary>The errors the validator itself raises, and the extensions every validation error carries.</summary>
internal static class ValidationErrors
{
    public static readonly IReadOnlyDictionary<string, object?> FailedExtensions =
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.ValidationFailed }.AsReadOnly();

    /// <summary>graphql-js's message when <c>maxErrors</c> is reached.</summary>
    public static GraphQLError TooMany() =>
        new("Too many validation errors, error limit reached. Validation aborted.", extensions: FailedExtensions);

    /// <summary>graphql-js's message when a rule runs out of its work budget (a hostile document).</summary>
    public static GraphQLError Aborted() => new("Validation aborted.", extensions: FailedExtensions);
}

/// <summary>Stops the traversal; <see cref="DocumentValidator"/> adds <see cref="Error"/> to the result.</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
