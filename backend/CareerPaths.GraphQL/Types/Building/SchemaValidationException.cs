using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>One problem found while building a schema, with the SDL nodes at fault (when it came from SDL).</summary>
public sealed class SchemaError(string message, IReadOnlyList<SyntaxNode?> nodes)
{
    public string Message { get; } = message;

    public IReadOnlyList<SyntaxNode> Nodes { get; } = nodes.Where(n => n is not null).Select(n => n!).ToArray();

    public override string ToString() => Message;
}

/// <summary>The schema is not valid (spec §3): <see cref="Errors"/> lists every problem found.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : this([new SchemaError(message, [])])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message, [])];
    }

    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(errors.Count == 0
            ? "The schema is not valid."
            : "The schema is not valid:\n" + string.Join("\n", errors.Select(e => "- " + e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<SchemaError> Errors { get; }
}
