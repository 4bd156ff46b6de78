namespace CareerPaths.GraphQL.Relay;

/// <summary>One page of a cursor connection (Relay Cursor Connections Specification), as resolvers return it.</summary>
public sealed class Connection<T>
{
    private readonly Func<Task<int>> _totalCount;

    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<Task<int>> totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _totalCount = totalCount;
        Nodes = edges.Select(e => e.Node).ToArray();
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The edges' nodes, for clients that need no cursors.</summary>
    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo { get; }

    /// <summary>How many items the whole connection holds (all pages); counted only when asked, at most once.</summary>
    public Task<int> GetTotalCountAsync() => _totalCount();
}

/// <summary>An item of a connection with the cursor to page from it.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page sits in its connection.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
