using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// The built web app (frontend/dist: the SPA later, GraphiQL now), served by the API itself. The folder is
/// <c>CareerPaths:WebRoot</c>, or the nearest <c>frontend/dist</c> at or above the content root (so `make run`
/// and a build output folder both find it). No folder, no static files: the API still serves GraphQL.
/// </summary>
public static class WebRoot
{
    public const string ConfigurationKey = "CareerPaths:WebRoot";

    public static string? Resolve(WebApplication app) => Resolve(app.Configuration, app.Environment.ContentRootPath);

    public static string? Resolve(IConfiguration configuration, string contentRoot)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            var full = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"The configured web root {full} ({ConfigurationKey}) does not exist; build frontend/ first.");
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "frontend", "dist");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Serves the built files. HTML pages are left out on purpose: each page is served by its own route (GraphiQL
    /// by MapGraphQL, which can switch it off), so switching a page off really removes it.
    /// </summary>
    public static WebApplication UseCareerPathsWebRoot(this WebApplication app)
    {
        if (Resolve(app) is not { } webRoot)
        {
            return app;
        }

        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Remove(".html");
        types.Mappings.Remove(".htm");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(webRoot),
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                // Vite names everything under assets/ by its content hash, so those files never change.
                if (context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                {
                    context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        return app;
    }
}
