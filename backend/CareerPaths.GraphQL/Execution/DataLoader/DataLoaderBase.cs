namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>
/// A per-request DataLoader: <see cref="LoadAsync"/> collects keys, the scheduler dispatches them as one call
/// of <see cref="FetchAsync"/>, and every key is loaded at most once per loader (its promise is cached, errors
/// included). Thread-safe. Subclasses say how a batch is fetched and how a key's value is found in it.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue, TBatch> : IBatchDispatcher
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private readonly IBatchScheduler _scheduler;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _waiting = [];

    protected DataLoaderBase(IBatchScheduler? scheduler, IEqualityComparer<TKey>? comparer, CancellationToken cancellationToken)
    {
        _scheduler = scheduler ?? AutoBatchScheduler.Instance;
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(comparer);
        CancellationToken = cancellationToken;
    }

    /// <summary>The request's token, passed to every batch call.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>How many batches this loader dispatched (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value of <paramref name="key"/>, from the request cache or the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue> promise;
        bool first;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            // Continuations run inline when the scheduler delivers, on the executor's thread (see Deliver).
            promise = new TaskCompletionSource<TValue>();
            _cache[key] = promise;
            _waiting.Add(new(key, promise));
            first = _waiting.Count == 1;
        }

        if (first)
        {
            _scheduler.Schedule(this);
        }

        return promise.Task;
    }

    /// <summary>Loads several keys; the result has one value per key, in order.</summary>
    public Task<TValue[]> LoadManyAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    IDispatchedBatch IBatchDispatcher.Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_gate)
        {
            batch = _waiting;
            _waiting = [];
            BatchCount++;
        }

        return new DispatchedBatch(this, batch);
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    protected abstract Task<TBatch> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of one key in a fetched batch (a missing key gives the default or an empty group).</summary>
    protected abstract TValue Select(TBatch batch, TKey key);

    private sealed class DispatchedBatch : IDispatchedBatch
    {
        private readonly DataLoaderBase<TKey, TValue, TBatch> _loader;
        private readonly List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _entries;
        private readonly Task<TBatch> _fetch;

        public DispatchedBatch(DataLoaderBase<TKey, TValue, TBatch> loader, List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> entries)
        {
            _loader = loader;
            _entries = entries;
            _fetch = StartFetch();
            Fetch = _fetch.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        public Task Fetch { get; }

        public void Deliver()
        {
            foreach (var (key, promise) in _entries)
            {
                if (_fetch.IsCompletedSuccessfully)
                {
                    TValue value;
                    try
                    {
                        value = _loader.Select(_fetch.Result, key);
                    }
                    catch (Exception e)
                    {
                        promise.TrySetException(e);
                        continue;
                    }

                    promise.TrySetResult(value);
                }
                else if (_fetch.IsCanceled)
                {
                    promise.TrySetCanceled(_loader.CancellationToken.IsCancellationRequested ? _loader.CancellationToken : new CancellationToken(true));
                }
                else
                {
                    promise.TrySetException(_fetch.Exception!.InnerExceptions);
                }
            }
        }

        private Task<TBatch> StartFetch()
        {
            var keys = new TKey[_entries.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = _entries[i].Key;
            }

            try
            {
                _loader.CancellationToken.ThrowIfCancellationRequested();
                return _loader.FetchAsync(keys, _loader.CancellationToken);
            }
            catch (Exception e)
            {
                return Task.FromException<TBatch>(e);
            }
        }
    }
}
