using CareerPaths.Api.Data;
using CareerPaths.Api.Identity.Tokens;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Identity;

/// <summary>
/// The request's <see cref="Viewer"/>, from the signed-in principal of the HTTP request: its <c>oid</c> is looked
/// up among the employees once per request (scoped), whoever asks first — the HTTP access check, a policy, a
/// resolver — and every later ask, concurrent ones included, shares that lookup.
/// </summary>
internal sealed class ViewerAccessor(IHttpContextAccessor http, IDbContextFactory<CareerPathsDbContext> contexts) : IViewerAccessor
{
    private readonly Lazy<Task<Viewer>> _viewer = new(() => ResolveAsync(http.HttpContext, contexts));

    public ValueTask<Viewer> GetViewerAsync(CancellationToken cancellationToken = default) =>
        new(_viewer.Value.WaitAsync(cancellationToken));

    private static async Task<Viewer> ResolveAsync(HttpContext? context, IDbContextFactory<CareerPathsDbContext> contexts)
    {
        if (context?.User is not { Identity.IsAuthenticated: true } user || !TokenClaims.TryGetObjectId(user, out var objectId))
        {
            return Viewer.Anonymous;
        }

        return new Viewer(objectId, await FindEmployeeAsync(contexts, objectId, context.RequestAborted), TokenClaims.AppRolesOf(user));
    }

    // A context of its own: the lookup may run while resolvers use the request's context.
    private static async Task<int?> FindEmployeeAsync(IDbContextFactory<CareerPathsDbContext> contexts, Guid objectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking()
            .Where(employee => employee.IdentityObjectId == objectId)
            .Select(employee => (int?)employee.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
