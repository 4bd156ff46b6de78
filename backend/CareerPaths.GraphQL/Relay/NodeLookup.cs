using System.Runtime.ExceptionServices;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>Resolves global ids to objects through their type's node loader.</summary>
internal static class NodeLookup
{
    /// <summary>
    /// The object of <paramref name="id"/>, or null when its type has no object with that key. A malformed id,
    /// or one naming a type that is not a node type, is a client error (<c>BAD_USER_INPUT</c>).
    /// </summary>
    public static Task<object?> ResolveAsync(string id, IResolverContext context)
    {
        if (!GlobalId.TryDecode(id, out var globalId, out var reason))
        {
            throw RelayErrors.InvalidId(id, reason);
        }

        if (context.Schema.GetType(globalId.TypeName) is not ObjectType type
            || !type.Metadata.TryGetValue(NodeTypeExtensions.NodeResolverKey, out var registered)
            || registered is not INodeResolver resolver)
        {
            throw RelayErrors.InvalidId(id, $"\"{globalId.TypeName}\" is not a type with global ids");
        }

        return resolver.ResolveAsync(globalId, context);
    }

    /// <summary>
    /// The objects of <paramref name="ids"/> in order. Every id is requested before any is awaited, so a node
    /// type's DataLoader fetches all of its ids in one batch; a failing id fails only its own list item.
    /// </summary>
    public static async Task<object?[]> ResolveManyAsync(string[] ids, IResolverContext context)
    {
        if (ids.Length > NodeFields.MaxIds)
        {
            throw RelayErrors.TooManyIds(ids.Length, NodeFields.MaxIds);
        }

        var lookups = new Task<object?>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            lookups[i] = ResolveOrFailureAsync(ids[i], context);
        }

        return await Task.WhenAll(lookups).ConfigureAwait(false);
    }

    private static async Task<object?> ResolveOrFailureAsync(string id, IResolverContext context)
    {
        try
        {
            return await ResolveAsync(id, context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new NodeLookupFailure(ExceptionDispatchInfo.Capture(e));
        }
    }
}

/// <summary>An item of <c>nodes(ids:)</c> whose lookup failed; <c>Node</c>'s type resolver rethrows it as that item's error.</summary>
internal sealed class NodeLookupFailure(ExceptionDispatchInfo error)
{
    public void Rethrow() => error.Throw();
}
