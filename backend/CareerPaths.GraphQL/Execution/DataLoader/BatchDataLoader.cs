namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>A loader of one value per key: the batch function returns the values by key; a missing key loads the default.</summary>
public class BatchDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IBatchScheduler? scheduler = null,
    CancellationToken cancellationToken = default,
    IEqualityComparer<TKey>? comparer = null)
    : DataLoaderBase<TKey, TValue?, IReadOnlyDictionary<TKey, TValue>>(scheduler, comparer, cancellationToken)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);

    protected override TValue? Select(IReadOnlyDictionary<TKey, TValue> batch, TKey key) =>
        batch.TryGetValue(key, out var value) ? value : default;
}
