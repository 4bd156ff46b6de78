namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>A loader of many values per key (one-to-many): the batch function returns a lookup; a missing key loads an empty array.</summary>
public class GroupDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    IBatchScheduler? scheduler = null,
    CancellationToken cancellationToken = default,
    IEqualityComparer<TKey>? comparer = null)
    : DataLoaderBase<TKey, TValue[], ILookup<TKey, TValue>>(scheduler, comparer, cancellationToken)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);

    protected override TValue[] Select(ILookup<TKey, TValue> batch, TKey key) => batch[key].ToArray();
}
