namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition (spec §3), as written in SDL.</summary>
public abstract class TypeSystemDefinitionNode(Location location) : DefinitionNode(location);

/// <summary><c>schema @directives { query: Query … }</c> (spec §3.3).</summary>
public sealed class SchemaDefinitionNode(
    Location location,
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode(Location location, OperationType operation, NamedTypeNode type)
    : SyntaxNode(location)
{
    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>Any named type definition (spec §3.4).</summary>
public abstract class TypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary><c>scalar Name</c> (spec §3.5).</summary>
public sealed class ScalarTypeDefinitionNode(
    Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeDefinitionNode(location, description, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements I &amp; J { fields }</c> (spec §3.6).</summary>
public sealed class ObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary><c>name(arguments): Type @directives</c> in an object or interface (spec §3.6).</summary>
public sealed class FieldDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>An argument or input field definition <c>name: Type = default @directives</c> (spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary><c>interface Name implements I { fields }</c> (spec §3.7).</summary>
public sealed class InterfaceTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary><c>union Name = A | B</c> (spec §3.8).</summary>
public sealed class UnionTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

/// <summary><c>enum Name { VALUES }</c> (spec §3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

/// <summary>One value of an enum definition.</summary>
public sealed class EnumValueDefinitionNode(
    Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary><c>input Name { fields }</c> (spec §3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

/// <summary><c>directive @name(arguments) repeatable on LOCATIONS</c> (spec §3.13).</summary>
public sealed class DirectiveDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool isRepeatable,
    IReadOnlyList<NameNode> locations) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool IsRepeatable { get; } = isRepeatable;

    /// <summary>Location names as written (QUERY, FIELD_DEFINITION, …); the parser checks them.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
