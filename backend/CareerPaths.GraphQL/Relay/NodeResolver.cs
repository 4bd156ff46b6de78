using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>Loads the objects of one node type by the local id of their global id.</summary>
internal interface INodeResolver
{
    /// <summary>The object, or null when none has this id; throws a client error for a malformed key.</summary>
    Task<object?> ResolveAsync(GlobalId id, IResolverContext context);
}

/// <summary>
/// A node type's loader: parses the local id into <typeparamref name="TKey"/> and asks the type's load
/// function, which should go through a DataLoader so that <c>nodes(ids:)</c> and sibling <c>node</c> fields batch.
/// </summary>
internal sealed class NodeResolver<TSource, TKey>(Func<IResolverContext, TKey, Task<TSource?>> load) : INodeResolver
    where TKey : notnull
{
    public async Task<object?> ResolveAsync(GlobalId id, IResolverContext context)
    {
        if (!LocalId.TryParse<TKey>(id.LocalId, out var key))
        {
            throw RelayErrors.InvalidId(id.ToString(), $"\"{id.LocalId}\" is not a key of {id.TypeName}");
        }

        return await load(context, key).ConfigureAwait(false);
    }
}
