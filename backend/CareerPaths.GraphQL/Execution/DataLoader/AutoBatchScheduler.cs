namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>
/// The scheduler of loaders used outside an execution (tests, background jobs): a batch is dispatched on the
/// thread pool a short <see cref="Delay"/> after its first key, so keys requested in the same burst share a batch.
/// </summary>
public sealed class AutoBatchScheduler(TimeSpan delay) : IBatchScheduler
{
    public static AutoBatchScheduler Instance { get; } = new(TimeSpan.FromMilliseconds(1));

    public TimeSpan Delay { get; } = delay;

    public void Schedule(IBatchDispatcher dispatcher) => _ = DispatchLaterAsync(dispatcher);

    private async Task DispatchLaterAsync(IBatchDispatcher dispatcher)
    {
        await Task.Delay(Delay).ConfigureAwait(false);
        var batch = dispatcher.Dispatch();
        await batch.Fetch.ConfigureAwait(false);
        batch.Deliver();
    }
}
