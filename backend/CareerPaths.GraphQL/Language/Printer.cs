using System.Text;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL text, character for character as graphql-js 17's <c>print</c> does,
/// so that <c>Print(Parse(x))</c> agrees between the two engines (the conformance harness checks it).
/// </summary>
public static partial class Printer
{
    // graphql-js wraps argument lists, list values and object values that would print longer than this.
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode document => Join(PrintAll(document.Definitions), "\n\n"),
            ValueNode value => PrintValue(value),
            TypeNode type => PrintType(type),
            NameNode name => name.Value,
            TypeSystemDefinitionNode definition => PrintTypeSystemDefinition(definition),
            TypeSystemExtensionNode extension => PrintTypeSystemExtension(extension),
            _ => PrintExecutablePart(node),
        };
    }

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    /// <summary>graphql-js's <c>join</c>: the non-empty parts, separated.</summary>
    private static string Join(string[] parts, string separator) => JoinParts(separator, parts);

    private static string JoinParts(string separator, params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (!first)
            {
                builder.Append(separator);
            }

            builder.Append(part);
            first = false;
        }

        return builder.ToString();
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode => Join(PrintAll(nodes), separator);

    /// <summary>graphql-js's <c>wrap</c>: start + text + end, or nothing when the text is empty.</summary>
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : PrintString(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives, " ");

    /// <summary><c>(a: 1, b: 2)</c> after <paramref name="prefix"/>, or one argument per line when that is too long.</summary>
    private static string WrappedLineAndArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        var printed = PrintAll(arguments);
        var line = prefix + Wrap("(", Join(printed, ", "), ")");
        return line.Length > MaxLineLength ? prefix + Wrap("(\n", Indent(Join(printed, "\n")), "\n)") : line;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
