using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// A built, validated and immutable schema (spec §3.3): root operation types, every named type (including
/// the introspection types), directive definitions, and O(1) lookups for validation and execution.
/// Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed partial class Schema
{
    private readonly FrozenDictionary<string, NamedType> _types;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directives;
    private readonly FrozenDictionary<InterfaceType, FrozenSet<NamedType>> _interfaceSubTypes;

    internal Schema(SchemaParts parts)
    {
        Description = parts.Description;
        QueryType = parts.QueryType;
        MutationType = parts.MutationType;
        SubscriptionType = parts.SubscriptionType;
        Types = parts.Types;
        Directives = parts.Directives;
        AppliedDirectives = parts.AppliedDirectives;
        AstNode = parts.AstNode;
        ExtensionAstNodes = parts.ExtensionAstNodes;
        Metadata = parts.Metadata;
        IntrospectionEnabled = parts.IntrospectionEnabled;
        _types = parts.Types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = parts.Directives.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        _interfaceSubTypes = parts.Types.OfType<InterfaceType>().ToFrozenDictionary(
            i => i,
            i => i.PossibleTypes.Cast<NamedType>().Concat(i.ImplementingInterfaces).ToFrozenSet());
        SchemaMetaField = parts.SchemaMetaField;
        TypeMetaField = parts.TypeMetaField;
        TypeNameMetaField = parts.TypeNameMetaField;
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type in graphql-js's type-map order (see <c>TypeMapOrder</c>), introspection types included.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive definition: the custom ones in definition order, then the built-in ones (as graphql-js).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public IReadOnlyDictionary<string, object?> Metadata { get; }

    /// <summary>
    /// False when introspection is switched off: the validator then rejects <c>__schema</c> and <c>__type</c>
    /// (<c>__typename</c> stays available, as clients rely on it).
    /// </summary>
    public bool IntrospectionEnabled { get; }

    /// <summary><c>__schema: __Schema!</c> on the query type (spec §4.1).</summary>
    public FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c> on the query type (spec §4.1).</summary>
    public FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c> on every composite type (spec §4.1).</summary>
    public FieldDefinition TypeNameMetaField { get; }

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>
    /// The field named <paramref name="fieldName"/> of a composite type, meta fields included (graphql-js
    /// getFieldDef): <c>__typename</c> anywhere, <c>__schema</c>/<c>__type</c> on the query type. Null if none.
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType)
            {
                return TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                {
                    return SchemaMetaField;
                }

                if (fieldName == "__type")
                {
                    return TypeMetaField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The object types of an interface or union (spec GetPossibleTypes).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        IAbstractType a => a.PossibleTypes,
        ObjectType o => [o],
        _ => [],
    };

    /// <summary>The objects and interfaces that implement an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType type) =>
        (type.PossibleTypes, type.ImplementingInterfaces);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// (an object or an interface), in O(1).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.IsPossibleType(o),
        InterfaceType iface => _interfaceSubTypes.TryGetValue(iface, out var set) && set.Contains(maybeSubType),
        _ => false,
    };

    /// <summary>Whether an object type is a possible type of an abstract type (spec §6.4.4).</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType type) =>
        abstractType is IAbstractType a ? a.IsPossibleType(type) : ReferenceEquals(abstractType, type);

    public override string ToString() => SchemaPrinter.Print(this);
}

/// <summary>What the assembler hands to the schema constructor.</summary>
internal sealed class SchemaParts
{
    public string? Description { get; init; }

    public required ObjectType QueryType { get; init; }

    public ObjectType? MutationType { get; init; }

    public ObjectType? SubscriptionType { get; init; }

    public required IReadOnlyList<NamedType> Types { get; init; }

    public required IReadOnlyList<DirectiveDefinition> Directives { get; init; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = EmptyMetadata.Instance;

    public bool IntrospectionEnabled { get; init; } = true;

    public required FieldDefinition SchemaMetaField { get; init; }

    public required FieldDefinition TypeMetaField { get; init; }

    public required FieldDefinition TypeNameMetaField { get; init; }
}
