namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>
/// <c>Authentication:LocalIssuer</c>: an issuer of our own that replaces Entra ID in Development (on in
/// appsettings.Development.json, refused in any other environment). Its RSA key is created on first start
/// under the data directory and never leaves the machine.
/// </summary>
public sealed class LocalIssuerOptions
{
    public bool Enabled { get; set; }

    /// <summary>The <c>iss</c> of local tokens; shaped like Entra's v2.0 issuers, but on a name that resolves nowhere.</summary>
    public string Issuer { get; set; } = "https://local-issuer.careerpaths.invalid/v2.0";

    public string Audience { get; set; } = "api://careerpaths-local";

    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>The PEM file of the signing key; by default <c>identity/local-issuer-key.pem</c> in the data directory.</summary>
    public string? SigningKeyPath { get; set; }
}
