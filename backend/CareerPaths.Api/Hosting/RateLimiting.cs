using System.Globalization;
using System.Threading.RateLimiting;
using CareerPaths.Api.Identity.Access;
using CareerPaths.Api.Identity.Tokens;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter as the global limiter: a fixed window per signed-in person (partitioned by the
/// token's <c>oid</c>, so one person's many tabs share a budget and nobody's budget is anyone else's), or per IP
/// address for requests without a valid token. Refusals are 429 with Retry-After and a GraphQL-shaped body.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddCareerPathsRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingSettings>().BindConfiguration(RateLimitingSettings.Section)
            .Validate(s => s.PermitLimit > 0 && s.WindowSeconds > 0, $"{RateLimitingSettings.Section}:PermitLimit and :WindowSeconds must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingSettings>>((options, settings) =>
        {
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => limits.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static string PartitionKey(HttpContext context) => TokenClaims.TryGetObjectId(context.User, out var objectId)
        ? "oid:" + objectId.ToString("N")
        : "ip:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await ErrorResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, AccessErrorCodes.RateLimited,
            $"Too many requests: try again in {retryAfter} seconds.");
    }
}
