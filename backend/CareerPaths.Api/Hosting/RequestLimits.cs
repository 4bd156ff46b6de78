using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// Kestrel's request body limit for everything that is not GraphQL (whose endpoint has its own, smaller one:
/// <c>GraphQL:MaxRequestBodyBytes</c>, 256 KiB): <c>CareerPaths:Limits:MaxRequestBodyBytes</c>, 1 MiB by default.
/// </summary>
public static class RequestLimits
{
    public const string MaxRequestBodyBytesKey = "CareerPaths:Limits:MaxRequestBodyBytes";

    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddCareerPathsRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, configuration) =>
            kestrel.Limits.MaxRequestBodySize = configuration.GetValue(MaxRequestBodyBytesKey, DefaultMaxRequestBodyBytes));
        return services;
    }
}
