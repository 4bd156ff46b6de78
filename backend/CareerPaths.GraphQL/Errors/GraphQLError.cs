using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Errors;

/// <summary>
/// An error of a GraphQL response (spec §7.1.2): a request error (syntax, validation, variable coercion) or an
/// execution error (a field error with its <see cref="Path"/>). Serialised as <c>message</c>, <c>locations</c>,
/// <c>path</c> and <c>extensions</c>, in that order, omitting what is absent.
/// </summary>
public sealed class GraphQLError(
    string message,
    IReadOnlyList<ErrorLocation>? locations = null,
    IReadOnlyList<object>? path = null,
    IReadOnlyDictionary<string, object?>? extensions = null)
{
    public string Message { get; } = message;

    /// <summary>Where in the document the error is (1-based line and column, UTF-16 code units).</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; } = locations;

    /// <summary>Response keys (strings) and list indices (ints) from the root to the failed field.</summary>
    public IReadOnlyList<object>? Path { get; } = path;

    /// <summary>Extra data for clients; <c>code</c> classifies the error (see <see cref="ErrorCodes"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;

    /// <summary>The error's <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>An error located at the start of each of <paramref name="nodes"/>.</summary>
    public static GraphQLError At(string message, IEnumerable<SyntaxNode> nodes, string? code = null)
    {
        var locations = new List<ErrorLocation>();
        foreach (var node in nodes)
        {
            locations.Add(ErrorLocation.Of(node));
        }

        return new GraphQLError(message, locations, extensions: code is null ? null : Coded(code));
    }

    /// <summary>An error located at the start of <paramref name="node"/>.</summary>
    public static GraphQLError At(string message, SyntaxNode node, string? code = null) =>
        new(message, [ErrorLocation.Of(node)], extensions: code is null ? null : Coded(code));

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions);

    private static Dictionary<string, object?> Coded(string code) => new(StringComparer.Ordinal) { ["code"] = code };

    public override string ToString() => Message;
}

/// <summary>A location in the request document, as GraphQL responses report it.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public static ErrorLocation Of(SyntaxNode node) => new(node.Location.Line, node.Location.Column);
}
