namespace CareerPaths.GraphQL.Types;

/// <summary>Picks the concrete object type of a value of an abstract type; null when it cannot tell.</summary>
public delegate ObjectType? TypeResolver(object? value, IResolverContext context);

/// <summary>An interface or a union: a type whose concrete object type is known only at run time.</summary>
public interface IAbstractType
{
    string Name { get; }

    /// <summary>The object types a value of this type can have (spec GetPossibleTypes).</summary>
    IReadOnlyList<ObjectType> PossibleTypes { get; }

    /// <summary>A custom resolver, or null when the default resolution applies.</summary>
    TypeResolver? TypeResolver { get; }

    /// <summary>O(1) membership test of <see cref="PossibleTypes"/>.</summary>
    bool IsPossibleType(ObjectType type);

    /// <summary>
    /// Spec §6.4.4 ResolveAbstractType. Order: the custom resolver if any; else a <c>__typename</c> string
    /// property of a JSON object or dictionary (as graphql-js's default type resolver); else the .NET runtime
    /// type bound to an object type; else the first possible type whose <c>IsTypeOf</c> accepts the value.
    /// Returns null when nothing decides; the result may still not be a possible type (the executor checks).
    /// </summary>
    ObjectType? ResolveType(object? value, IResolverContext context);
}
