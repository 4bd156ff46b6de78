using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

/// <summary>
/// A level of the result tree is dispatched once every batch of the level above has been delivered: when two
/// loaders feed the next level and one answers late, the next level still makes one batch, whatever the timing.
/// </summary>
public class DataLoaderLevelTests
{
    [Fact]
    public async Task KeysFromAFastAndASlowBatchShareTheNextLevelsBatch()
    {
        var slowMayAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fastAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var nextLevelBatches = new List<IReadOnlyList<int>>();

        var schema = SchemaBuilder.Create()
            .Object("Query", t => t.Field("items").Type("[Item!]!").Resolve(_ => new[] { 1, 2, 3 }))
            .Object<int>("Item", t =>
            {
                // The fast loader answers at once; the slow one only after the fast one's keys are known to the
                // next level, which is when the old scheduler dispatched that level early.
                t.Field("fast").Type("Leaf!").ResolveAsync((int id, IResolverContext ctx) =>
                    ctx.BatchLoader<int, object>("fast", async (keys, _) =>
                    {
                        await Task.Yield();
                        fastAnswered.TrySetResult();
                        return keys.ToDictionary(k => k, k => (object)(k * 10));
                    }).LoadAsync(id));
                t.Field("slow").Type("Leaf!").ResolveAsync((int id, IResolverContext ctx) =>
                    ctx.BatchLoader<int, object>("slow", async (keys, token) =>
                    {
                        await fastAnswered.Task.WaitAsync(token);
                        await slowMayAnswer.Task.WaitAsync(token);
                        return keys.ToDictionary(k => k, k => (object)(k * 100));
                    }).LoadAsync(id));
            })
            .Object<int>("Leaf", t => t.Field("name").Type("String!").ResolveAsync((int key, IResolverContext ctx) =>
                ctx.BatchLoader<int, string>("names", async (keys, _) =>
                {
                    lock (nextLevelBatches)
                    {
                        nextLevelBatches.Add(keys);
                    }

                    await Task.Yield();
                    return keys.ToDictionary(k => k, k => $"n{k}");
                }).LoadAsync(key)))
            .Build();

        var running = RunAsync(schema, "{ items { fast { name } slow { name } } }");
        await fastAnswered.Task;
        await Task.Delay(50); // time for the fast batch's delivery to register its keys with the next level
        slowMayAnswer.SetResult();
        var result = await running;

        Assert.Empty(result.Errors);
        var batch = Assert.Single(nextLevelBatches);
        Assert.Equal([10, 20, 30, 100, 200, 300], batch.Order());
    }
}
