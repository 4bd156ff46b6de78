using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>Makes an object type a Relay node: it implements <c>Node</c> and can be fetched by <c>node(id:)</c>.</summary>
public static class NodeTypeExtensions
{
    /// <summary>The type metadata key under which a node type keeps its loader.</summary>
    public const string NodeResolverKey = "relay.nodeResolver";

    /// <summary>
    /// Adds <c>id: ID!</c> (the global id of <paramref name="key"/>) and registers <paramref name="load"/>
    /// for <c>node(id:)</c>/<c>nodes(ids:)</c>. <paramref name="load"/> returns null for an unknown key and
    /// should use a DataLoader, so that several ids of the type are fetched in one batch.
    /// </summary>
    public static ObjectTypeDescriptor<TSource> AsNode<TSource, TKey>(
        this ObjectTypeDescriptor<TSource> type, Func<TSource, TKey> key, Func<IResolverContext, TKey, Task<TSource?>> load)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(load);
        if (!LocalId.IsSupported<TKey>())
        {
            throw new ArgumentException($"A node key must be an int, long, Guid or string, not {typeof(TKey).Name}.", nameof(key));
        }

        var typeName = type.Config.Name;
        type.Implements(NodeFields.NodeInterfaceName);
        type.Field("id")
            .Type("ID!")
            .Description("The global id of this object (opaque; use it with `node(id:)`).")
            .Resolver(FieldResolver.FromSource(source => GlobalId.Encode(typeName, LocalId.Format(key((TSource)source!)))));
        type.Metadata(NodeResolverKey, new NodeResolver<TSource, TKey>(load));
        return type;
    }
}
