namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// Builds connections over any ordered source that can count and fetch a range (a database query, a list):
/// the Relay algorithms ApplyCursorsToEdges and EdgesToReturn turned into one offset range.
/// </summary>
public static class ConnectionSlice
{
    /// <summary>
    /// The page <paramref name="arguments"/> select. <paramref name="fetch"/>(skip, take) returns at most take
    /// items from position skip; <paramref name="count"/> counts them all. The count runs only for <c>last</c>,
    /// for an empty page past the start, or when the client selects <c>totalCount</c>; and at most once.
    /// </summary>
    public static async Task<Connection<T>> CreateAsync<T>(
        ConnectionArguments arguments,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<CancellationToken, Task<int>> count,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Task<int>? counted = null;
        Task<int> Total() => counted ??= count(cancellationToken);

        // ApplyCursorsToEdges: the items strictly between the cursors.
        var start = arguments.After is { } after ? after + 1 : 0;
        int? end = arguments.Before is { } before ? Math.Max(before, start) : null;

        // EdgesToReturn: the first `first`, then the last `last` of those.
        if (arguments.First is { } first)
        {
            end = Math.Min(end ?? int.MaxValue, start + first);
        }

        // The last items end at the end of the list, which only a count tells (a `before` cursor may point past it).
        if (arguments.Last is { } last)
        {
            end = Math.Max(start, Math.Min(end ?? int.MaxValue, await Total().ConfigureAwait(false)));
            start = Math.Max(start, end.Value - last);
        }

        var take = end!.Value - start;

        // One item more than the page tells whether another page follows, without counting.
        var items = await fetch(start, take + 1, cancellationToken).ConfigureAwait(false);
        var hasNextPage = items.Count > take;
        var edges = new Edge<T>[Math.Min(items.Count, take)];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge<T>(Cursor.Encode(start + i), items[i]);
        }

        // Items precede a page that starts past 0, unless the page is empty and the connection too (an `after`
        // cursor beyond the end of an empty list): only then is a count needed to tell.
        var hasPreviousPage = start > 0 && (edges.Length > 0 || await Total().ConfigureAwait(false) > 0);
        var pageInfo = new PageInfo(
            hasNextPage,
            hasPreviousPage,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, Total);
    }

    /// <summary>A page of an in-memory list.</summary>
    public static Task<Connection<T>> FromList<T>(IReadOnlyList<T> items, ConnectionArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(items);
        return CreateAsync(
            arguments,
            (skip, take, _) => Task.FromResult<IReadOnlyList<T>>(items.Skip(skip).Take(take).ToArray()),
            _ => Task.FromResult(items.Count));
    }
}
