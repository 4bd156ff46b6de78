namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>A Document (spec §2.2): executable definitions, type-system definitions and extensions.</summary>
public sealed class DocumentNode(Location location, IReadOnlyList<DefinitionNode> definitions, int tokenCount)
    : SyntaxNode(location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>How many lexical tokens the parser read, for the token limit and cost reporting.</summary>
    public int TokenCount { get; } = tokenCount;

    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);

/// <summary>An operation or a fragment: what a request can execute (spec §2.2 ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : DefinitionNode(location)
{
    /// <summary>A description on an operation or fragment (September 2025 edition).</summary>
    public StringValueNode? Description { get; } = description;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
