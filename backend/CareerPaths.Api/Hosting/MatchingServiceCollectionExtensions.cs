using CareerPaths.Api.Matching.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerPaths.Api.Hosting;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the matcher's read model (a singleton rebuilt when the data versions or the date change), the
    /// per-request view of it, and the clock that decides "today".
    /// </summary>
    public static IServiceCollection AddCareerPathsMatching(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MatcherReadModel>();
        services.TryAddScoped<MatcherRequest>();
        return services;
    }
}
