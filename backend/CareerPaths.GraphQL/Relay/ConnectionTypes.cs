using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// Declares cursor connections: the <c>XConnection</c>/<c>XEdge</c> types of a node type with the shared
/// <c>PageInfo</c>, and connection fields with their paging arguments and cost metadata.
/// </summary>
public static class ConnectionTypes
{
    public const string PageInfoTypeName = "PageInfo";

    public static string ConnectionTypeName(string nodeTypeName) => nodeTypeName + "Connection";

    public static string EdgeTypeName(string nodeTypeName) => nodeTypeName + "Edge";

    /// <summary>
    /// Adds <c>{node}Connection { edges nodes pageInfo totalCount }</c>, <c>{node}Edge { cursor node }</c> and
    /// <c>PageInfo</c>, bound to <see cref="Connection{T}"/> of <typeparamref name="TNode"/>. Safe to call again.
    /// </summary>
    public static SchemaBuilder AddConnectionType<TNode>(this SchemaBuilder builder, string nodeTypeName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var edgeType = EdgeTypeName(nodeTypeName);
        builder.Object<Connection<TNode>>(ConnectionTypeName(nodeTypeName), t =>
        {
            t.Description($"A page of {nodeTypeName} items, with the cursors to fetch the pages around it.");
            t.Field("edges", c => c.Edges).Type($"[{edgeType}!]!").Description("The items of this page with their cursors.");
            t.Field("nodes", c => c.Nodes).Type($"[{nodeTypeName}!]!").Description("The items of this page.");
            t.Field("pageInfo", c => c.PageInfo).Type($"{PageInfoTypeName}!").Description("Whether more pages follow or precede, and the cursors to fetch them.");
            t.Field("totalCount").Type("Int!").Description("How many items all pages hold together.")
                .ResolveAsync((c, _) => c.GetTotalCountAsync());
        });
        builder.Object<Edge<TNode>>(edgeType, t =>
        {
            t.Description($"A {nodeTypeName} in a connection, with its cursor.");
            t.Field("cursor", e => e.Cursor).Type("String!").Description("Pass it as `after` or `before` to page from this item.");
            t.Field("node", e => e.Node).Type($"{nodeTypeName}!").Description("The item.");
        });
        builder.Object<PageInfo>(PageInfoTypeName, t =>
        {
            t.Description("Where a page sits in its connection (Relay Cursor Connections).");
            t.Field("hasNextPage", p => p.HasNextPage).Description("Whether items follow this page.");
            t.Field("hasPreviousPage", p => p.HasPreviousPage).Description("Whether items precede this page.");
            t.Field("startCursor", p => p.StartCursor).Type("String").Description("The cursor of the first item; null for an empty page.");
            t.Field("endCursor", p => p.EndCursor).Type("String").Description("The cursor of the last item; null for an empty page.");
        });
        return builder;
    }

    /// <summary>
    /// Makes the field a connection of <paramref name="nodeTypeName"/> (declare the types with
    /// <see cref="AddConnectionType{TNode}"/>): type <c>{node}Connection!</c>, the arguments <c>first</c>,
    /// <c>after</c>, <c>last</c>, <c>before</c>, and <c>ListSize("first", "last")</c> so that cost analysis
    /// multiplies what is selected below by the page size (the default page size when neither is given). Read the arguments with <see cref="ConnectionArguments.From"/>.
    /// </summary>
    public static FieldDescriptor<TSource> UseConnection<TSource>(this FieldDescriptor<TSource> field, string nodeTypeName, ConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        options ??= ConnectionOptions.Default;
        var max = options.MaxPageSize;
        return field
            .Type(ConnectionTypeName(nodeTypeName) + "!")
            .Argument("first", "Int", $"Returns the first n items (0–{max}; {options.DefaultPageSize} when neither `first` nor `last` is given).")
            .Argument("after", "String", "Returns the items after this cursor (`pageInfo.endCursor` of the previous page).")
            .Argument("last", "Int", $"Returns the last n items (0–{max}).")
            .Argument("before", "String", "Returns the items before this cursor (`pageInfo.startCursor` of the next page).")
            .ListSize("first", "last")
            .AssumedListSize(options.DefaultPageSize)
            .Metadata(ConnectionOptions.MetadataKey, options);
    }
}
