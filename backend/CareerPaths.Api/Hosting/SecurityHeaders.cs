namespace CareerPaths.Api.Hosting;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer, no framing, no caching of API answers (they hold
/// personal data), and a Content-Security-Policy — the pages' (SPA, GraphiQL: this origin only) for HTML and
/// scripts, which workers also run under, and "nothing at all" for everything else. A header a handler already
/// set (GraphiQL's own CSP, the static assets' Cache-Control) is kept.
/// </summary>
public static class SecurityHeaders
{
    public const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseCareerPathsSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            Apply(((HttpContext)state).Response);
            return Task.CompletedTask;
        }, context);
        return next(context);
    });

    private static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        var type = response.ContentType ?? "";
        if (headers.ContentSecurityPolicy.Count == 0)
        {
            headers.ContentSecurityPolicy = type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.Contains("javascript", StringComparison.OrdinalIgnoreCase)
                ? PageContentSecurityPolicy
                : ApiContentSecurityPolicy;
        }

        if (headers.CacheControl.Count == 0 && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }
    }
}
