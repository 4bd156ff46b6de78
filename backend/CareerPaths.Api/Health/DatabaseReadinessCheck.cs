using CareerPaths.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerPaths.Api.Health;

/// <summary>Ready means the database answers and has every migration this build knows about.</summary>
internal sealed class DatabaseReadinessCheck(IDbContextFactory<CareerPathsDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable and migrated")
                : HealthCheckResult.Unhealthy($"migrations pending: {string.Join(", ", pending)}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Readiness reports why, it does not fail the request: a load balancer only needs the 503.
            return HealthCheckResult.Unhealthy($"database unreachable: {exception.Message}");
        }
    }
}
