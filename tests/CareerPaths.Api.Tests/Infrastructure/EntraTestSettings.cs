using CareerPaths.Api.Identity.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// The API configured for Entra ID (local issuer off) with a made-up tenant whose OpenID metadata is served from
/// memory: the tenant's signing key is <see cref="TestSigningKeys.Trusted"/>, so no test ever calls the internet.
/// </summary>
public static class EntraTestSettings
{
    public const string TenantId = "3f9b2c4e-8d1a-4e6f-9b7c-2a5d8e1f0c3b";

    public const string ClientId = "a1c4e7f0-2b5d-4a8c-9e1f-3b6d9c2e5f80";

    public const string Instance = "https://login.microsoftonline.com/";

    public static string Issuer => new AzureAdOptions { Instance = Instance, TenantId = TenantId }.Issuer;

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:LocalIssuer:Enabled"] = "false",
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
    };

    /// <summary>Replaces the metadata download (from the authority) by the test tenant's metadata in memory.</summary>
    public static void UseTestMetadata(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
            metadata.SigningKeys.Add(TestSigningKeys.Trusted.SecurityKey);
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        });
}
