using CareerPaths.Api.Identity.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>
/// Mints access tokens shaped like Entra ID's v2.0 tokens (<c>oid</c>, <c>tid</c>, <c>roles</c>, <c>scp</c>,
/// <c>name</c>, <c>preferred_username</c>, <c>ver</c> 2.0), signed with the local key. Only /dev/token uses it.
/// </summary>
public sealed class LocalTokenIssuer(LocalSigningKey key, IOptions<SignInOptions> options, TimeProvider clock)
{
    /// <summary>The tenant id local tokens carry (no real tenant has it).</summary>
    public static readonly Guid LocalTenantId = new("00000000-0000-4000-8000-00000000ca7e");

    public (string Token, TimeSpan Lifetime) Mint(TokenSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(settings.LocalIssuer.TokenLifetimeMinutes);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["ver"] = "2.0",
            ["sub"] = subject.ObjectId.ToString("D"),
            [TokenClaims.ObjectId] = subject.ObjectId.ToString("D"),
            [TokenClaims.TenantId] = LocalTenantId.ToString("D"),
            [TokenClaims.Name] = subject.Name,
            [TokenClaims.PreferredUserName] = subject.Email,
            [TokenClaims.Roles] = subject.Roles.ToArray(),
            [TokenClaims.Scope] = settings.RequiredScope,
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.LocalIssuer.Issuer,
            Audience = settings.LocalIssuer.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.SigningCredentials,
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), lifetime);
    }
}
