using CareerPaths.Api.Identity;

namespace CareerPaths.Api.Hosting;

/// <summary>The security wiring of the host (docs/security.md): what to register, and where each part sits in the pipeline.</summary>
public static class SecurityHosting
{
    public static IServiceCollection AddCareerPathsSecurity(this IServiceCollection services)
    {
        services.AddCareerPathsIdentity();
        services.AddCareerPathsRateLimiting();
        services.AddCareerPathsCors();
        services.AddCareerPathsRequestLimits();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    /// <summary>First in the pipeline, so that every response — static files and refusals included — carries the headers.</summary>
    public static WebApplication UseCareerPathsResponseSecurity(this WebApplication app)
    {
        app.UseCareerPathsSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCareerPathsCors();
        return app;
    }

    /// <summary>
    /// After the static files (the web app's files need no sign-in): who is calling (the bearer token), how often
    /// (the rate limiter, which partitions by the caller), and whether they may (the fallback policy: 401/403
    /// before GraphQL runs; GraphQL's own policies come later, field by field).
    /// </summary>
    public static WebApplication UseCareerPathsAccessControl(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
