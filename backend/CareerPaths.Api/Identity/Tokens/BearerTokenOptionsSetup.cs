using CareerPaths.Api.Identity.LocalIssuer;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CareerPaths.Api.Identity.Tokens;

/// <summary>
/// Configures the JwtBearer scheme: Entra ID v2.0 tokens of one tenant (issuer <c>{Instance}{TenantId}/v2.0</c>,
/// signing keys from the tenant's OpenID metadata), or, in Development, the local issuer's tokens and key. Either
/// way: issuer, audience, lifetime and RS256 signature are validated, claims keep their token names.
/// </summary>
internal sealed class BearerTokenOptionsSetup(
    IOptions<AzureAdOptions> azureAd, IOptions<SignInOptions> signIn, IServiceProvider services) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MapInboundClaims = false;
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            NameClaimType = TokenClaims.Name,
            RoleClaimType = TokenClaims.Roles,
            ClockSkew = TimeSpan.FromMinutes(2),
        };

        var local = signIn.Value.LocalIssuer;
        if (local.Enabled)
        {
            parameters.ValidIssuer = local.Issuer;
            parameters.ValidAudience = local.Audience;
            parameters.IssuerSigningKey = services.GetRequiredService<LocalSigningKey>().SecurityKey;
        }
        else
        {
            var entra = azureAd.Value;
            // The metadata document names the tenant's current signing keys; JwtBearer refreshes them as Entra rolls them.
            options.Authority = entra.Authority;
            parameters.ValidIssuer = entra.Issuer;
            parameters.ValidAudiences = entra.Audiences;
        }

        options.TokenValidationParameters = parameters;
        options.Events = new JwtBearerEvents { OnTokenValidated = RequireObjectId };
    }

    // A token without a person's object id (an app-only token, say) cannot stand for an employee.
    private static Task RequireObjectId(TokenValidatedContext context)
    {
        if (!TokenClaims.TryGetObjectId(context.Principal, out _))
        {
            context.Fail("The token has no oid claim: it does not stand for a person.");
        }

        return Task.CompletedTask;
    }
}
