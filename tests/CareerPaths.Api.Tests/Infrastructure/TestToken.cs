using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// An access token as a test wants it: by default what the local issuer would mint for the subject (issuer,
/// audience, scope, one hour, signed with the trusted key); every part can be changed to forge a bad one.
/// </summary>
public sealed class TestToken
{
    private static readonly LocalIssuerOptions LocalDefaults = new();

    public string Issuer { get; set; } = LocalDefaults.Issuer;

    public string Audience { get; set; } = LocalDefaults.Audience;

    public DateTimeOffset IssuedAt { get; set; } = DateTimeOffset.UtcNow;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public LocalSigningKey Key { get; set; } = TestSigningKeys.Trusted;

    public string? ObjectId { get; set; }

    public string Name { get; set; } = "Test Person";

    public string Email { get; set; } = "test.person@careerpaths.example";

    public IReadOnlyList<string> Roles { get; set; } = [];

    public string? Scope { get; set; } = new SignInOptions().RequiredScope;

    public static TestToken For(TokenSubject subject) => new()
    {
        ObjectId = subject.ObjectId.ToString("D"),
        Name = subject.Name,
        Email = subject.Email,
        Roles = subject.Roles,
    };

    /// <summary>The same token as Entra ID would issue it for the test tenant (<see cref="EntraTestSettings"/>).</summary>
    public TestToken FromEntra()
    {
        Issuer = EntraTestSettings.Issuer;
        Audience = EntraTestSettings.ClientId;
        return this;
    }

    public string Mint()
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["ver"] = "2.0",
            [TokenClaims.TenantId] = EntraTestSettings.TenantId,
            [TokenClaims.Name] = Name,
            [TokenClaims.PreferredUserName] = Email,
            [TokenClaims.Roles] = Roles.ToArray(),
        };
        if (ObjectId is not null)
        {
            claims[TokenClaims.ObjectId] = ObjectId;
            claims["sub"] = ObjectId;
        }

        if (Scope is not null)
        {
            claims[TokenClaims.Scope] = Scope;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = IssuedAt.UtcDateTime,
            NotBefore = IssuedAt.UtcDateTime,
            Expires = (IssuedAt + Lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = Key.SigningCredentials,
        });
    }
}
