namespace CareerPaths.Api.Identity;

/// <summary>The viewer of the current request, resolved once per request (scoped).</summary>
public interface IViewerAccessor
{
    ValueTask<Viewer> GetViewerAsync(CancellationToken cancellationToken = default);
}
