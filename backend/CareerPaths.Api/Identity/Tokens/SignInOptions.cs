using CareerPaths.Api.Identity.LocalIssuer;

namespace CareerPaths.Api.Identity.Tokens;

/// <summary>The <c>Authentication</c> configuration section: what a token must grant, and the local development issuer.</summary>
public sealed class SignInOptions
{
    public const string Section = "Authentication";

    /// <summary>The delegated permission (<c>scp</c>) every token must carry; empty turns the check off.</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    public LocalIssuerOptions LocalIssuer { get; set; } = new();
}
