namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>
/// Decides when DataLoaders send their batches. The executor's scheduler dispatches only when it has no
/// runnable work left, so every field of a level of the result tree has registered its keys first.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Called by a loader when it holds keys that wait for a batch; called again after each dispatch.</summary>
    void Schedule(IBatchDispatcher dispatcher);
}

/// <summary>A loader, as the scheduler sees it.</summary>
public interface IBatchDispatcher
{
    /// <summary>Takes the keys waiting so far and starts fetching them.</summary>
    IDispatchedBatch Dispatch();
}

/// <summary>A batch in flight.</summary>
public interface IDispatchedBatch
{
    /// <summary>Completes when the batch function finished (successfully or not); never faults.</summary>
    Task Fetch { get; }

    /// <summary>
    /// Completes each key's promise with its value or the batch's error. The scheduler calls it on its own
    /// thread, so code awaiting a load continues there and can register its next keys before the next dispatch.
    /// </summary>
    void Deliver();
}
