namespace CareerPaths.GraphQL.Types;

/// <summary>A list of another type, <c>[T]</c> (spec §3.12). Obtain one with <see cref="GraphQLType.ListOf"/>.</summary>
public sealed class ListType : GraphQLType
{
    private readonly string _display;

    internal ListType(GraphQLType ofType)
    {
        OfType = ofType;
        _named = ofType.GetNamedType();
        _display = "[" + ofType + "]";
    }

    public GraphQLType OfType { get; }

    private readonly NamedType _named;

    public override NamedType GetNamedType() => _named;

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => _display;
}

/// <summary>A non-null type, <c>T!</c> (spec §3.13). Its inner type is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    private readonly string _display;

    internal NonNullType(GraphQLType ofType)
    {
        OfType = ofType;
        _named = ofType.GetNamedType();
        _display = ofType + "!";
    }

    public GraphQLType OfType { get; }

    private readonly NamedType _named;

    public override NamedType GetNamedType() => _named;

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => _display;
}
