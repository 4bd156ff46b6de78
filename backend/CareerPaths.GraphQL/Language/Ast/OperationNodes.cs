namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>The three operation types (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// An operation (spec §2.3). The shorthand form <c>{ … }</c> is a query with no name, variables or
/// directives; <see cref="IsShorthand"/> lets the printer round-trip it.
/// </summary>
public sealed class OperationDefinitionNode(
    Location location,
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    bool isShorthand = false) : ExecutableDefinitionNode(location, description, name, directives, selectionSet)
{
    public OperationType Operation { get; } = operation;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public bool IsShorthand { get; } = isShorthand;

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary>A variable definition <c>$name: Type = default @directives</c> (spec §2.10).</summary>
public sealed class VariableDefinitionNode(
    Location location,
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    /// <summary>A constant value (the parser rejects variables here).</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary>A fragment definition <c>fragment Name on Type { … }</c> (spec §2.8).</summary>
public sealed class FragmentDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location, description, name, directives, selectionSet)
{
    /// <summary>A fragment always has a name.</summary>
    public new NameNode Name => base.Name!;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
