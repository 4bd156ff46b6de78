namespace CareerPaths.Api.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AuditLog"/> and the clock it stamps entries with.</summary>
    public static IServiceCollection AddCareerPathsAudit(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLog>();
        return services;
    }
}
