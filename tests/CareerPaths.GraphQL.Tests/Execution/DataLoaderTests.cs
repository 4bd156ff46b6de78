using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed class Calls
    {
        public List<IReadOnlyList<int>> Children { get; } = [];

        public List<IReadOnlyList<int>> Tags { get; } = [];

        public CancellationToken LastToken { get; set; }
    }

    private static Schema Build(Calls calls, int parents = 100, bool failOdd = false, TaskCompletionSource? gate = null) => SchemaBuilder.Create()
        .Object("Query", t => t.Field("parents").Type("[Parent!]!").Resolve(_ => Enumerable.Range(0, parents).ToArray()))
        .Object<int>("Parent", t =>
        {
            t.Field("id").Type("Int!").Resolve((id, _) => id);
            t.Field("child").Type("Child").ResolveAsync((int id, IResolverContext ctx) =>
                ctx.BatchLoader<int, object>("children", async (keys, token) =>
                {
                    lock (calls)
                    {
                        calls.Children.Add(keys);
                        calls.LastToken = token;
                    }

                    if (gate is not null)
                    {
                        await gate.Task.WaitAsync(token);
                    }

                    await Task.Yield();
                    if (failOdd && keys.Any(k => k % 2 == 1))
                    {
                        throw new GraphQLException("children unavailable");
                    }

                    return keys.ToDictionary(k => k, k => (object)k);
                }).LoadAsync(id % 10));
        })
        .Object<int>("Child", t =>
        {
            t.Field("key").Type("Int!").Resolve((key, _) => key);
            t.Field("tags").Type("[String!]!").ResolveAsync((int key, IResolverContext ctx) =>
                ctx.GroupLoader<int, string>("tags", async (keys, token) =>
                {
                    lock (calls)
                    {
                        calls.Tags.Add(keys);
                    }

                    await Task.Delay(1, token);
                    return keys.SelectMany(k => new[] { (k, $"t{k}a"), (k, $"t{k}b") }).ToLookup(p => p.k, p => p.Item2);
                }).LoadAsync(key));
        })
        .Build();

    [Fact]
    public async Task AHundredParentsLoadTheirChildrenInOneBatchWithDistinctKeys()
    {
        var calls = new Calls();
        var result = await RunAsync(Build(calls), "{ parents { id child { key } } }");

        Assert.Empty(result.Errors);
        var batch = Assert.Single(calls.Children);
        Assert.Equal(Enumerable.Range(0, 10), batch);
        Assert.Equal(100, ((ResultList)result.Data!["parents"]!).Count);
    }

    [Fact]
    public async Task TwoNestedLevelsTakeTwoBatches()
    {
        var calls = new Calls();
        var json = await JsonAsync(Build(calls, parents: 12), "{ parents { child { key tags } } }");

        Assert.Single(calls.Children);
        Assert.Equal(Enumerable.Range(0, 10), Assert.Single(calls.Tags));
        Assert.Contains("""{"child":{"key":1,"tags":["t1a","t1b"]}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameKeyIsLoadedOncePerRequest()
    {
        var calls = new Calls();
        await RunAsync(Build(calls), "{ parents { child { key } again: child { key } } }");
        Assert.Equal(10, Assert.Single(calls.Children).Count);
    }

    [Fact]
    public async Task ABatchFailureIsAFieldErrorForEveryKeyOfTheBatch()
    {
        var calls = new Calls();
        var result = await RunAsync(Build(calls, parents: 3, failOdd: true), "{ parents { id child { key } } }");

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("children unavailable", e.Message));
        Assert.Equal(["parents.0.child", "parents.1.child", "parents.2.child"], result.Errors.Select(e => string.Join(".", e.Path!)).Order());
    }

    [Fact]
    public async Task CancellingTheRequestCancelsTheBatchAndTheExecution()
    {
        var calls = new Calls();
        var gate = new TaskCompletionSource();
        using var abort = new CancellationTokenSource();
        var running = RunAsync(Build(calls, parents: 2, gate: gate), "{ parents { child { key } } }", cancellationToken: abort.Token);
        while (calls.Children.Count == 0)
        {
            await Task.Delay(1);
        }

        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(calls.LastToken.IsCancellationRequested);
    }

    [Fact]
    public async Task LoadersOutsideAnExecutionBatchOnTheThreadPool()
    {
        var batches = 0;
        var loader = new BatchDataLoader<int, string>((keys, _) =>
        {
            Interlocked.Increment(ref batches);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        });

        var values = await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1));
        Assert.Equal(new string?[] { "v1", "v2", "v1" }, values);
        Assert.Equal(1, batches);
    }
}
