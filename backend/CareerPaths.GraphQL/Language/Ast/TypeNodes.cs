namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>A type reference (spec §2.11): a named type, a list, or non-null.</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location);

/// <summary>A reference to a type by name.</summary>
public sealed class NamedTypeNode(Location location, NameNode name) : TypeNode(location)
{
    public NameNode Name { get; } = name;

    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary><c>Type!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
