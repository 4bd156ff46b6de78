namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>
/// The scheduler of loaders used outside an execution (tests, background jobs): a batch is dispatched on the
/// thread pool shortly after its first key, so keys requested in the same synchronous burst share a batch.
/// </summary>
public sealed class AutoBatchScheduler : IBatchScheduler
{
    public static AutoBatchScheduler Instance { get; } = new();

    public void Schedule(IBatchDispatcher dispatcher) =>
        ThreadPool.QueueUserWorkItem(static async d =>
        {
            var batch = d.Dispatch();
            await batch.Fetch.ConfigureAwait(false);
            batch.Deliver();
        }, dispatcher, preferLocal: false);
}
