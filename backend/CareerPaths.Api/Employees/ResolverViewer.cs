using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>The request's viewer and employee scope as resolvers and loaders reach them (request services).</summary>
internal static class ResolverViewer
{
    public static ValueTask<Viewer> ViewerAsync(this IResolverContext context) =>
        context.RequestServices.GetRequiredService<IViewerAccessor>().GetViewerAsync(context.CancellationToken);

    public static IEmployeeScope EmployeeScope(this IResolverContext context) =>
        context.RequestServices.GetRequiredService<IEmployeeScope>();
}
