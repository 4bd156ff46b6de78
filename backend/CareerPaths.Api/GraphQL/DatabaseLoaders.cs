using CareerPaths.Api.Data;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.GraphQL;

/// <summary>
/// DataLoaders over the database. Each batch runs on a short-lived context of its own from the pooled
/// factory, because the loaders of one request fetch concurrently and a DbContext is not thread-safe.
/// </summary>
internal static class DatabaseLoaders
{
    /// <summary>The request's one-value-per-key loader named <paramref name="name"/>.</summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context, string name,
        Func<CareerPathsDbContext, TKey[], CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        context.DataLoader(name, (scheduler, token) =>
        {
            var contexts = Contexts(context);
            return new BatchDataLoader<TKey, TValue>(
                async (keys, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    return await fetch(db, [.. keys], cancellationToken);
                },
                scheduler, token);
        });

    /// <summary>The request's many-values-per-key loader named <paramref name="name"/>; values keep the query's order.</summary>
    public static GroupDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolverContext context, string name,
        Func<CareerPathsDbContext, TKey[], CancellationToken, Task<List<TValue>>> fetch,
        Func<TValue, TKey> keyOf)
        where TKey : notnull =>
        context.DataLoader(name, (scheduler, token) =>
        {
            var contexts = Contexts(context);
            return new GroupDataLoader<TKey, TValue>(
                async (keys, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    return (await fetch(db, [.. keys], cancellationToken)).ToLookup(keyOf);
                },
                scheduler, token);
        });

    public static IDbContextFactory<CareerPathsDbContext> Contexts(IResolverContext context) =>
        context.RequestServices.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
}
