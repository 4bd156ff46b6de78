namespace CareerPaths.GraphQL.Types;

/// <summary>An object type (spec §3.6): the only concrete output type with fields.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The .NET type this object type was bound to by the code-first builder, if any.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>
    /// Optional check used by abstract type resolution when no resolver and no runtime type decide
    /// (like graphql-js's <c>isTypeOf</c>).
    /// </summary>
    public Func<object?, IResolverContext, bool>? IsTypeOf { get; internal set; }
}
