using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Directive applications made in code, expressed as the same nodes SDL would produce.</summary>
internal static class DirectiveNodes
{
    public static DirectiveNode Create(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var nodes = new List<ArgumentNode>();
        foreach (var (argumentName, value) in arguments ?? EmptyMetadata.Instance)
        {
            var literal = LiteralBuilder.FromUntypedValue(value)
                ?? throw new ArgumentException($"The value of argument \"{argumentName}\" of @{name} cannot be written as a literal.", nameof(arguments));
            nodes.Add(new ArgumentNode(default, new NameNode(default, argumentName), literal));
        }

        return new DirectiveNode(default, new NameNode(default, name), nodes);
    }

    public static DirectiveNode Deprecated(string? reason) =>
        Create("deprecated", reason is null ? null : new Dictionary<string, object?> { ["reason"] = reason });

    public static void SetDeprecated(List<DirectiveNode> directives, string? reason)
    {
        directives.RemoveAll(d => d.Name.Value == "deprecated");
        directives.Add(Deprecated(reason));
    }
}
