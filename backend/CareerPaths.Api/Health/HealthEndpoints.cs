using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerPaths.Api.Health;

/// <summary>
/// <c>/healthz</c>: the process is up (for restarts). <c>/readyz</c>: it can serve, i.e. the database is
/// reachable and migrated (for load balancers); 503 with a short JSON reason otherwise.
/// </summary>
public static class HealthEndpoints
{
    private const string ReadinessTag = "ready";

    public static IServiceCollection AddCareerPathsHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [ReadinessTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCareerPathsHealth(this IEndpointRouteBuilder endpoints)
    {
        // Probes carry no token and poll often: no sign-in, no rate limit (docs/security.md).
        endpoints.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = WriteReadinessAsync,
        }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "unavailable",
            reason = string.Join("; ", report.Entries.Values.Select(entry => entry.Description)),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
