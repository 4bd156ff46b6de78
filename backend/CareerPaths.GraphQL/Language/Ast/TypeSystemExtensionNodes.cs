namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>An <c>extend …</c> definition (spec §3.3.2, §3.4.3).</summary>
public abstract class TypeSystemExtensionNode(Location location, IReadOnlyList<DirectiveNode> directives)
    : DefinitionNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary><c>extend schema @directives { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode(
    Location location,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : TypeSystemExtensionNode(location, directives)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemExtensionNode(location, directives)
{
    public NameNode Name { get; } = name;
}

public sealed class ScalarTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeExtensionNode(location, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

public sealed class InterfaceTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

public sealed class UnionTypeExtensionNode(
    Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

public sealed class EnumTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

public sealed class InputObjectTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
