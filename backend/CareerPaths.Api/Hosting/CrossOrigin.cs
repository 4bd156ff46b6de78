namespace CareerPaths.Api.Hosting;

/// <summary>
/// Same-origin by default: the SPA and GraphiQL are served by the API itself, so browsers need no CORS. Only when
/// <c>Cors:AllowedOrigins</c> lists origins (a SPA hosted elsewhere) do those origins get CORS — GET and POST with
/// the Authorization, Content-Type and Accept headers, no cookies (tokens travel in headers).
/// </summary>
public static class CrossOrigin
{
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddCareerPathsCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IConfiguration>((options, configuration) =>
            options.AddDefaultPolicy(policy => policy
                .WithOrigins(AllowedOrigins(configuration))
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "Accept")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>Adds the CORS middleware only when origins are configured; before sign-in, so preflights need no token.</summary>
    public static WebApplication UseCareerPathsCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }

        return app;
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection(AllowedOriginsKey).Get<string[]>()?.Where(origin => origin.Length > 0).ToArray() ?? [];
}
