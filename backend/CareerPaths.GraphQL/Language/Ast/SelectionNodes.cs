namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>A selection set <c>{ … }</c> (spec §2.4).</summary>
public sealed class SelectionSetNode(Location location, IReadOnlyList<SelectionNode> selections) : SyntaxNode(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>A field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode(Location location, IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>A field <c>alias: name(arguments) @directives { … }</c> (spec §2.5).</summary>
public sealed class FieldNode(
    Location location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : SelectionNode(location, directives)
{
    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of this field in the response: its alias, or else its name (spec §2.7).</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    public override SyntaxKind Kind => SyntaxKind.Field;
}

/// <summary>An argument <c>name: value</c> of a field or directive (spec §2.6).</summary>
public sealed class ArgumentNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary>A fragment spread <c>...Name @directives</c> (spec §2.8).</summary>
public sealed class FragmentSpreadNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SelectionNode(location, directives)
{
    public NameNode Name { get; } = name;

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary>An inline fragment <c>... on Type @directives { … }</c> (spec §2.8.2).</summary>
public sealed class InlineFragmentNode(
    Location location,
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : SelectionNode(location, directives)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

/// <summary>A directive <c>@name(arguments)</c> (spec §2.12).</summary>
public sealed class DirectiveNode(Location location, NameNode name, IReadOnlyList<ArgumentNode> arguments)
    : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override SyntaxKind Kind => SyntaxKind.Directive;
}
