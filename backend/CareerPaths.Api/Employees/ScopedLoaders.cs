using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>
/// DataLoaders whose query starts from the employees the request's viewer may see (<see cref="IEmployeeScope"/>):
/// the row-level rule is part of the SQL, so a batch never fetches what the viewer may not see.
/// </summary>
internal static class ScopedLoaders
{
    public delegate Task<TResult> ScopedFetch<TKey, TResult>(
        CareerPathsDbContext db, IQueryable<Employee> visible, TKey[] keys, CancellationToken cancellationToken);

    public static BatchDataLoader<TKey, TValue> ScopedBatchLoader<TKey, TValue>(
        this IResolverContext context, string name, ScopedFetch<TKey, Dictionary<TKey, TValue>> fetch)
        where TKey : notnull
    {
        // Read the services now: the context object is the executor's and may be reused once this field is done.
        var services = context.RequestServices;
        return context.DataLoader(name, (scheduler, token) => new BatchDataLoader<TKey, TValue>(
            async (keys, cancellationToken) =>
            {
                var (db, visible) = await OpenAsync(services, cancellationToken);
                await using (db)
                {
                    return await fetch(db, visible, [.. keys], cancellationToken);
                }
            },
            scheduler, token));
    }

    public static GroupDataLoader<TKey, TValue> ScopedGroupLoader<TKey, TValue>(
        this IResolverContext context, string name, ScopedFetch<TKey, List<TValue>> fetch, Func<TValue, TKey> keyOf)
        where TKey : notnull
    {
        var services = context.RequestServices;
        return context.DataLoader(name, (scheduler, token) => new GroupDataLoader<TKey, TValue>(
            async (keys, cancellationToken) =>
            {
                var (db, visible) = await OpenAsync(services, cancellationToken);
                await using (db)
                {
                    return (await fetch(db, visible, [.. keys], cancellationToken)).ToLookup(keyOf);
                }
            },
            scheduler, token));
    }

    /// <summary>A short-lived context and, on it, the employees the viewer may see (for connections and root fields).</summary>
    public static async Task<(CareerPathsDbContext Db, IQueryable<Employee> Visible)> OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var viewer = await services.GetRequiredService<IViewerAccessor>().GetViewerAsync(cancellationToken);
        var db = await services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>().CreateDbContextAsync(cancellationToken);
        return (db, services.GetRequiredService<IEmployeeScope>().Visible(db.Employees.AsNoTracking(), viewer));
    }
}
