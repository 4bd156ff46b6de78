using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.DataLoader;

/// <summary>
/// Per-request DataLoaders from a resolver context, keyed by name: the first resolver to ask creates the
/// loader (bound to the executor's scheduler and the request's cancellation token), the others share it.
/// </summary>
public static class DataLoaderExtensions
{
    /// <summary>The request state key under which the executor publishes its <see cref="IBatchScheduler"/>.</summary>
    public const string SchedulerKey = "CareerPaths.GraphQL.BatchScheduler";

    /// <summary>The executor's batch scheduler, or the thread-pool one when the context has none.</summary>
    public static IBatchScheduler BatchScheduler(this IResolverContext context) =>
        context.GetOrAddRequestState<IBatchScheduler>(SchedulerKey, static _ => AutoBatchScheduler.Instance);

    /// <summary>The request's loader named <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context, string name, Func<IBatchScheduler, CancellationToken, TLoader> create)
        where TLoader : class
    {
        var scheduler = context.BatchScheduler();
        var token = context.CancellationToken;
        return context.GetOrAddRequestState(name, _ => create(scheduler, token));
    }

    /// <summary>The request's one-value-per-key loader named <paramref name="name"/>.</summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context, string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        context.DataLoader(name, (scheduler, token) => new BatchDataLoader<TKey, TValue>(fetch, scheduler, token));

    /// <summary>The request's many-values-per-key loader named <paramref name="name"/>.</summary>
    public static GroupDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolverContext context, string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        context.DataLoader(name, (scheduler, token) => new GroupDataLoader<TKey, TValue>(fetch, scheduler, token));
}
