namespace CareerPaths.GraphQL.Types;

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    internal UnionType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public IReadOnlyList<ObjectType> PossibleTypes => Types;

    public TypeResolver? TypeResolver => Resolution.Custom;

    internal AbstractTypeResolution Resolution { get; set; } = AbstractTypeResolution.Empty;

    public bool IsPossibleType(ObjectType type) => Resolution.IsPossibleType(type);

    public ObjectType? ResolveType(object? value, IResolverContext context) => Resolution.Resolve(value, context);
}
