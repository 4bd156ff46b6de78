using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>A named type (spec §3.4): scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType, ITypeSystemMember
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
        IsIntrospectionType = name.StartsWith("__", StringComparison.Ordinal);
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];

    public IReadOnlyDictionary<string, object?> Metadata { get; internal set; } = EmptyMetadata.Instance;

    /// <summary>Authorization policy names on this type; their meaning belongs to the authorization layer.</summary>
    public IReadOnlyList<string> AuthorizationPolicies { get; internal set; } = [];

    /// <summary>The SDL definition, when the type came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The SDL extensions (<c>extend type …</c>) merged into this type.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>True for <c>__Schema</c>, <c>__Type</c> and the other types of spec §4.</summary>
    public bool IsIntrospectionType { get; }

    public override NamedType GetNamedType() => this;

    /// <summary>Scalars and enums (spec §3.4.2 IsLeafType; here on the named type itself).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Objects, interfaces and unions: types with selection sets.</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Interfaces and unions.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    internal bool IsInputKind => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    internal bool IsOutputKind => Kind is not TypeKind.InputObject;

    public override string ToString() => Name;
}
