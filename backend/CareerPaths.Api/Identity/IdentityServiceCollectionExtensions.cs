using CareerPaths.Api.Hosting;
using CareerPaths.Api.Identity.Access;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Identity.Tokens;
using CareerPaths.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in and authorization: the JwtBearer scheme (Entra ID, or the local issuer in Development), the fallback
    /// policy that makes every endpoint need a linked employee unless it allows anonymous access, the viewer and
    /// employee scope, and the evaluator behind the GraphQL schema's policies. docs/security.md explains the whole.
    /// </summary>
    public static IServiceCollection AddCareerPathsIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.Section);
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidation>();

        // Resolved only when the local issuer is on (the first token validated, or /dev/token).
        services.AddSingleton(provider => LocalSigningKey.LoadOrCreate(SigningKeyPath(provider)));
        services.AddSingleton<LocalTokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerTokenOptionsSetup>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ApiAccessRequirement()).Build());
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessRefusals>();
        services.AddSingleton(provider => new GraphiQLPageRequest(GraphQLEndpointHosting.EndpointPath,
            provider.GetRequiredService<IConfiguration>().GetValue("GraphQL:GraphiQL:Enabled", true)));

        services.AddScoped<IViewerAccessor, ViewerAccessor>();
        services.AddSingleton<IEmployeeScope, EmployeeScope>();
        services.AddSingleton<IAuthorizationPolicyEvaluator, ViewerPolicyEvaluator>();
        return services;
    }

    private static string SigningKeyPath(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<SignInOptions>>().Value.LocalIssuer.SigningKeyPath;
        var directory = DataDirectory.Resolve(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>());
        return configured is { Length: > 0 } path ? Path.GetFullPath(path, directory) : Path.Combine(directory, "identity", "local-issuer-key.pem");
    }
}
