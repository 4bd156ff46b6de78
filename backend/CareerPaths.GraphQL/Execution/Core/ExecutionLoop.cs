using CareerPaths.GraphQL.Execution.DataLoader;

namespace CareerPaths.GraphQL.Execution.Core;

/// <summary>A unit of executor work that runs on the execution loop (an async step that finished, a delivered batch).</summary>
internal interface IWorkItem
{
    void Run();
}

/// <summary>
/// The scheduler of one execution. Result-tree work runs on one logical thread at a time, like graphql-js on
/// its event loop: asynchronous steps post their continuation here when they finish, from any thread. When
/// nothing is runnable and no batch is still being fetched, the loop dispatches the DataLoaders that wait (so a
/// whole level of the tree shares one batch per loader) and otherwise waits for the next post. Synchronous
/// executions never wait or allocate a task.
/// </summary>
internal sealed class ExecutionLoop : IBatchScheduler
{
    private readonly object _gate = new();
    private readonly Queue<IWorkItem> _queue = new();
    private readonly List<IBatchDispatcher> _loaders = [];
    private TaskCompletionSource? _signal;

    /// <summary>Asynchronous steps started and not yet run to completion on the loop.</summary>
    private int _pending;

    /// <summary>Dispatched batches not yet delivered (only touched on the loop).</summary>
    private int _batchesInFlight;

    /// <summary>How many times the loop dispatched waiting loaders (a "round" of batches).</summary>
    public int DispatchRounds { get; private set; }

    /// <summary>Counts an asynchronous step; the loop does not finish before <see cref="Post"/> runs its continuation.</summary>
    public void BeginAsync() => _pending++;

    /// <summary>Queues the continuation of an asynchronous step (any thread).</summary>
    public void Post(IWorkItem item)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _queue.Enqueue(item);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    public void Schedule(IBatchDispatcher dispatcher)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _loaders.Add(dispatcher);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Runs until no work is queued, no loader waits and no asynchronous step is outstanding.</summary>
    public ValueTask RunAsync(CancellationToken cancellationToken)
    {
        var context = SuspendSynchronizationContext();
        try
        {
            return RunCoreAsync(cancellationToken);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>
    /// Work runs without the caller's synchronization context (a UI or test runner's): a continuation of a
    /// load then runs inline when the loop delivers a batch, instead of being posted back to that context.
    /// </summary>
    public static SynchronizationContext? SuspendSynchronizationContext()
    {
        var context = SynchronizationContext.Current;
        if (context is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        return context;
    }

    private ValueTask RunCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            RunQueued();
            if (DispatchLoaders())
            {
                continue;
            }

            if (_pending == 0)
            {
                return ValueTask.CompletedTask;
            }

            return WaitAndRunAsync(cancellationToken);
        }
    }

    private async ValueTask WaitAndRunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task? wait = null;
            lock (_gate)
            {
                if (_queue.Count == 0 && (_loaders.Count == 0 || _batchesInFlight > 0))
                {
                    _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _signal.Task;
                }
            }

            if (wait is not null)
            {
                await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            RunQueued();
            while (DispatchLoaders())
            {
                RunQueued();
            }

            if (_pending == 0)
            {
                return;
            }
        }
    }

    private void RunQueued()
    {
        while (true)
        {
            IWorkItem item;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out item!))
                {
                    return;
                }
            }

            item.Run();
        }
    }

    // Dispatch only when nothing else is runnable and every batch of the last round has been delivered: the
    // keys the next level needs come from all of that round's results, so dispatching when the first of them
    // arrives would split the level into as many batches as the timing of the database makes (and the number of
    // SQL commands per request would depend on load).
    private bool DispatchLoaders()
    {
        IBatchDispatcher[] loaders;
        lock (_gate)
        {
            if (_loaders.Count == 0 || _queue.Count > 0 || _batchesInFlight > 0)
            {
                return false;
            }

            loaders = [.. _loaders];
            _loaders.Clear();
        }

        DispatchRounds++;
        foreach (var loader in loaders)
        {
            var batch = loader.Dispatch();
            BeginAsync();
            _batchesInFlight++;
            batch.Fetch.ContinueWith(
                static (_, state) => { var (loop, b) = ((ExecutionLoop, IDispatchedBatch))state!; loop.Post(new DeliverBatch(loop, b)); },
                (this, batch),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return true;
    }

    /// <summary>Marks the end of an asynchronous step counted by <see cref="BeginAsync"/>; call on the loop.</summary>
    public void EndAsync() => _pending--;

    private sealed class DeliverBatch(ExecutionLoop loop, IDispatchedBatch batch) : IWorkItem
    {
        public void Run()
        {
            loop.EndAsync();
            loop._batchesInFlight--;
            batch.Deliver();
        }
    }
}
