using CareerPaths.GraphQL.Relay;

namespace CareerPaths.GraphQL.Tests.Relay;

public class ConnectionSliceTests
{
    private static readonly int?[] Sizes = [null, 0, 1, 2, 3, 5, 8];
    private static readonly int?[] Offsets = [null, 0, 1, 2, 4, 6, 9];

    /// <summary>
    /// Every combination of first/after/last/before over lists of 0–7 items, against the Relay specification's
    /// algorithms run on the list itself (ApplyCursorsToEdges, then EdgesToReturn).
    /// </summary>
    [Fact]
    public async Task EveryArgumentCombinationSelectsWhatTheRelaySpecificationSelects()
    {
        var checkedCases = 0;
        for (var count = 0; count <= 7; count++)
        {
            var items = Enumerable.Range(0, count).ToArray();
            foreach (var first in Sizes)
            foreach (var last in Sizes)
            foreach (var after in Offsets)
            foreach (var before in Offsets)
            {
                var arguments = ConnectionArguments.Create(first, Cursor(after), last, Cursor(before), new ConnectionOptions { DefaultPageSize = 3 });
                var connection = await ConnectionSlice.FromList(items, arguments);

                var expected = Reference(items, first ?? (last is null ? 3 : null), after, last, before);
                var because = $"count={count} first={first} after={after} last={last} before={before}";
                Assert.True(expected.SequenceEqual(connection.Nodes), because);
                Assert.Equal(expected.Select(i => global::CareerPaths.GraphQL.Relay.Cursor.Encode(i)), connection.Edges.Select(e => e.Cursor));
                Assert.Equal(count, await connection.GetTotalCountAsync());
                if (expected.Length > 0)
                {
                    // Items follow the page when one comes after its last edge, precede it when one comes before its first.
                    Assert.True(expected[^1] < count - 1 == connection.PageInfo.HasNextPage, because);
                    Assert.True(expected[0] > 0 == connection.PageInfo.HasPreviousPage, because);
                    Assert.Equal(connection.Edges[0].Cursor, connection.PageInfo.StartCursor);
                    Assert.Equal(connection.Edges[^1].Cursor, connection.PageInfo.EndCursor);
                }
                else
                {
                    Assert.False(count == 0 && (connection.PageInfo.HasNextPage || connection.PageInfo.HasPreviousPage), because);
                    Assert.Null(connection.PageInfo.StartCursor);
                    Assert.Null(connection.PageInfo.EndCursor);
                }

                checkedCases++;
            }
        }

        Assert.Equal(8 * 7 * 7 * 7 * 7, checkedCases);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(25)]
    [InlineData(26)]
    public async Task PagingForwardVisitsEveryItemExactlyOnce(int count)
    {
        var items = Enumerable.Range(100, count).ToArray();
        var seen = new List<int>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = await ConnectionSlice.FromList(items, ConnectionArguments.Create(5, after, null, null));
            seen.AddRange(connection.Nodes);
            if (!connection.PageInfo.HasNextPage)
            {
                break;
            }

            after = connection.PageInfo.EndCursor;
        }

        Assert.Equal(items, seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(25)]
    public async Task PagingBackwardVisitsEveryItemExactlyOnce(int count)
    {
        var items = Enumerable.Range(100, count).ToArray();
        var seen = new List<int>();
        string? before = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = await ConnectionSlice.FromList(items, ConnectionArguments.Create(null, null, 4, before));
            seen.InsertRange(0, connection.Nodes);
            if (!connection.PageInfo.HasPreviousPage)
            {
                break;
            }

            before = connection.PageInfo.StartCursor;
        }

        Assert.Equal(items, seen);
    }

    [Fact]
    public async Task TheCountRunsOnlyWhenNeeded()
    {
        var counts = 0;
        var fetches = new List<(int Skip, int Take)>();

        async Task<Connection<int>> Page(ConnectionArguments arguments) => await ConnectionSlice.CreateAsync(
            arguments,
            (skip, take, _) => { fetches.Add((skip, take)); return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(skip, Math.Max(0, Math.Min(take, 50 - skip))).ToArray()); },
            _ => { counts++; return Task.FromResult(50); });

        var forward = await Page(ConnectionArguments.Create(10, global::CareerPaths.GraphQL.Relay.Cursor.Encode(4), null, null));
        Assert.Equal(0, counts);
        Assert.Equal((5, 11), Assert.Single(fetches));

        Assert.Equal(50, await forward.GetTotalCountAsync());
        Assert.Equal(50, await forward.GetTotalCountAsync());
        Assert.Equal(1, counts);

        var backward = await Page(ConnectionArguments.Create(null, null, 3, null));
        Assert.Equal(2, counts);
        Assert.Equal([47, 48, 49], backward.Nodes);
        Assert.Equal(50, await backward.GetTotalCountAsync());
        Assert.Equal(2, counts);
    }

    [Theory]
    [InlineData(-1, null, "\"first\" must be between 0 and 100, but was -1.")]
    [InlineData(101, null, "\"first\" must be between 0 and 100, but was 101.")]
    [InlineData(null, -5, "\"last\" must be between 0 and 100, but was -5.")]
    public void PageSizesOutsideTheLimitsAreRefused(int? first, int? last, string message)
    {
        var error = Assert.Throws<GraphQL.Execution.GraphQLException>(() => ConnectionArguments.Create(first, null, last, null));

        Assert.Equal(message, error.Message);
        Assert.Equal("BAD_USER_INPUT", error.Code);
    }

    [Theory]
    [InlineData("after", "nope")]
    [InlineData("after", "Um9sZToxMg")]
    [InlineData("before", "b2Zmc2V0Oi0x")]
    public void CursorsThatWereNotIssuedAreRefused(string argument, string cursor)
    {
        var error = Assert.Throws<GraphQL.Execution.GraphQLException>(() => argument == "after"
            ? ConnectionArguments.Create(null, cursor, null, null)
            : ConnectionArguments.Create(null, null, null, cursor));

        Assert.Equal($"Invalid cursor in \"{argument}\": \"{cursor}\" is not a cursor of this connection.", error.Message);
    }

    [Fact]
    public void WithoutFirstOrLastThePageHasTheDefaultSize()
    {
        Assert.Equal(new ConnectionArguments(20, null, null, null), ConnectionArguments.Create(null, null, null, null));
        Assert.Equal(new ConnectionArguments(null, null, 4, null), ConnectionArguments.Create(null, null, 4, null));
    }

    private static string? Cursor(int? offset) => offset is { } o ? global::CareerPaths.GraphQL.Relay.Cursor.Encode(o) : null;

    // The Relay Cursor Connections Specification, §4.3 Pagination algorithm, on a list whose cursors are indices.
    // A cursor names a position, as in graphql-relay-js's connectionFromArray: one past the end keeps nothing
    // (the specification's "afterEdge does not exist" case would restart from the beginning).
    private static int[] Reference(int[] all, int? first, int? after, int? last, int? before)
    {
        // ApplyCursorsToEdges
        IEnumerable<int> edges = all;
        if (after is { } a)
        {
            edges = edges.Where(i => i > a);
        }

        if (before is { } b)
        {
            edges = edges.Where(i => i < b);
        }

        // EdgesToReturn
        var list = edges.ToList();
        if (first is { } f && list.Count > f)
        {
            list = list.Take(f).ToList();
        }

        if (last is { } l && list.Count > l)
        {
            list = list.Skip(list.Count - l).ToList();
        }

        return [.. list];
    }
}
