using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Serves the GraphiQL page built from npm (frontend/, no CDN). Its scripts and styles are files of the same
/// site, so the page carries a Content-Security-Policy that forbids any other origin: the browser itself
/// guarantees GraphiQL talks to nothing but this API.
/// </summary>
internal sealed class GraphiQLPage(string path, ILogger logger)
{
    // Monaco sets inline styles and loads its workers and fonts from the same origin (and data: URIs).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'";

    public async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        if (!File.Exists(path))
        {
            logger.LogWarning("GraphiQL is enabled but its page {Path} does not exist; build frontend/ (npm run build).", path);
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("GraphiQL is not built on this server.", context.RequestAborted);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.SendFileAsync(path, context.RequestAborted);
    }
}
