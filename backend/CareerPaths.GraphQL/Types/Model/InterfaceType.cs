namespace CareerPaths.GraphQL.Types;

/// <summary>An interface type (spec §3.7). Interfaces can implement other interfaces.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    internal InterfaceType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The object types implementing this interface, in type-map order.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes => Resolution.PossibleTypes;

    /// <summary>The interface types that declare they implement this interface, in type-map order.</summary>
    public IReadOnlyList<InterfaceType> ImplementingInterfaces { get; internal set; } = [];

    /// <summary>A custom type resolver set by the builder; null means the default resolution.</summary>
    public TypeResolver? TypeResolver => Resolution.Custom;

    internal AbstractTypeResolution Resolution { get; set; } = AbstractTypeResolution.Empty;

    public bool IsPossibleType(ObjectType type) => Resolution.IsPossibleType(type);

    public ObjectType? ResolveType(object? value, IResolverContext context) => Resolution.Resolve(value, context);
}
