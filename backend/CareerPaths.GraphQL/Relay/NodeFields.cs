using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// The Relay object-identification surface (graphql.org "Global Object Identification"): <c>interface Node</c>
/// and the query fields <c>node(id:)</c> and <c>nodes(ids:)</c>, which look an object up by its global id
/// through the loader its type registered with <see cref="NodeTypeExtensions.AsNode"/>.
/// </summary>
public static class NodeFields
{
    public const string NodeInterfaceName = "Node";

    /// <summary>The most ids one <c>nodes(ids:)</c> call accepts.</summary>
    public const int MaxIds = 100;

    /// <summary>Adds <c>interface Node</c> and the <c>node</c>/<c>nodes</c> fields of the query type.</summary>
    public static SchemaBuilder AddNodeFields(this SchemaBuilder builder, string queryTypeName = "Query")
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Interface(NodeInterfaceName, node => node
            .Description("An object with a global id, which `node(id:)` can fetch again.")
            .ResolveType(ResolveNodeType)
            .Field("id").Type("ID!").Description("The global id of this object."));

        builder.Object(queryTypeName, query =>
        {
            query.Field("node")
                .Type(NodeInterfaceName)
                .Description("The object with this global id; null when there is none (or no longer).")
                .Argument("id", "ID!", "A global id, as read from an object's `id` field.")
                .ResolveAsync(context => NodeLookup.ResolveAsync(context.Argument<string>("id"), context));
            query.Field("nodes")
                .Type("[Node]!")
                .Description($"The objects with these global ids, in order; null for an id with no object. At most {MaxIds} ids.")
                .Argument("ids", "[ID!]!", "Global ids, as read from objects' `id` fields.")
                .ResolveAsync(context => NodeLookup.ResolveManyAsync(context.Argument<string[]>("ids"), context));
        });
        return builder;
    }

    // A NodeLookupFailure stands for an id of nodes(ids:) that failed: throwing here turns it into a field
    // error on that list item alone, with its own path (nodes[i]), while the other items complete.
    private static string? ResolveNodeType(object? value, IResolverContext context)
    {
        if (value is NodeLookupFailure failure)
        {
            failure.Rethrow();
        }

        if (value is null || context.Schema.GetType(NodeInterfaceName) is not { } node)
        {
            return null;
        }

        var possible = context.Schema.GetPossibleTypes(node);
        var runtimeType = value.GetType();
        foreach (var type in possible)
        {
            if (type.RuntimeType == runtimeType)
            {
                return type.Name;
            }
        }

        foreach (var type in possible)
        {
            if (type.RuntimeType?.IsInstanceOfType(value) == true || type.IsTypeOf?.Invoke(value, context) == true)
            {
                return type.Name;
            }
        }

        return null;
    }
}
