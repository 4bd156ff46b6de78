namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>
/// Where a node starts and ends in its source. Offsets and columns count UTF-16 code units, like
/// graphql-js, so error locations agree with the reference implementation; line and column are 1-based.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>A node of the syntax tree (spec §2). Nodes compare by reference.</summary>
public abstract class SyntaxNode(Location location)
{
    public Location Location { get; } = location;

    public abstract SyntaxKind Kind { get; }
}

/// <summary>A Name (spec §2.1.9): letters, digits and underscores, not starting with a digit.</summary>
public sealed class NameNode(Location location, string value) : SyntaxNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.Name;

    public override string ToString() => Value;
}
