using CareerPaths.Api.Data;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.GraphQL;

/// <summary>Connection fields over an ordered database query: the page and the count each on a context of their own.</summary>
internal static class DatabaseConnections
{
    /// <summary>
    /// The page the field's <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> select from <paramref name="query"/>,
    /// which must have a total order (end it with a unique key) so that pages neither skip nor repeat items.
    /// </summary>
    public static Task<Connection<T>> ToConnectionAsync<T>(this IResolverContext context, Func<CareerPathsDbContext, IQueryable<T>> query)
    {
        var arguments = ConnectionArguments.From(context);
        var contexts = DatabaseLoaders.Contexts(context);
        return ConnectionSlice.CreateAsync<T>(
            arguments,
            async (skip, take, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await query(db).Skip(skip).Take(take).ToListAsync(cancellationToken);
            },
            async cancellationToken =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await query(db).CountAsync(cancellationToken);
            },
            context.CancellationToken);
    }
}
