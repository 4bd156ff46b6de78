namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a wrapping type (list, non-null). Types are immutable once their
/// schema is built; wrapping types are interned per inner type, so <c>[Int!]</c> is one object everywhere.
/// </summary>
public abstract class GraphQLType
{
    private ListType? _list;
    private NonNullType? _nonNull;

    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrapping (graphql-js getNamedType).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Scalars, enums and input objects, possibly wrapped (spec §3.4.2 IsInputType).</summary>
    public bool IsInputType => GetNamedType().IsInputKind;

    /// <summary>Scalars, objects, interfaces, unions and enums, possibly wrapped (spec §3.4.2 IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().IsOutputKind;

    /// <summary>This type without an outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The list type of this type, interned.</summary>
    public ListType ListOf()
    {
        if (_list is null)
        {
            Interlocked.CompareExchange(ref _list, new ListType(this), null);
        }

        return _list;
    }

    /// <summary>The non-null type of this type, interned; a non-null type cannot be wrapped again.</summary>
    public NonNullType NonNullOf()
    {
        if (this is NonNullType)
        {
            throw new InvalidOperationException($"Cannot wrap non-null type {this} in non-null again.");
        }

        if (_nonNull is null)
        {
            Interlocked.CompareExchange(ref _nonNull, new NonNullType(this), null);
        }

        return _nonNull;
    }
}
