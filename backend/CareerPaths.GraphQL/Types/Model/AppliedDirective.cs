using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>A directive applied to a schema element, with its coerced argument values.</summary>
public sealed class AppliedDirective
{
    internal AppliedDirective(DirectiveDefinition definition, IReadOnlyDictionary<string, object?> arguments, DirectiveNode? astNode)
    {
        Definition = definition;
        Arguments = arguments;
        AstNode = astNode;
    }

    public string Name => Definition.Name;

    public DirectiveDefinition Definition { get; }

    /// <summary>Coerced argument values, defaults applied; absent optional arguments are missing.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public DirectiveNode? AstNode { get; }

    public override string ToString() => "@" + Name;
}
