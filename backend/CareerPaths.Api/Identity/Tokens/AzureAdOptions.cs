namespace CareerPaths.Api.Identity.Tokens;

/// <summary>
/// The <c>AzureAd</c> configuration section, shaped like Microsoft.Identity.Web's so that a later switch to that
/// package changes wiring, not configuration. Single tenant, v2.0 access tokens (docs/entra-id.md).
/// </summary>
public sealed class AzureAdOptions
{
    public const string Section = "AzureAd";

    /// <summary>The cloud's sign-in host, e.g. <c>https://login.microsoftonline.com/</c>.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id: a GUID. Multi-tenant values (<c>common</c>, <c>organizations</c>) are refused.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API app registration's application (client) id: the <c>aud</c> of v2.0 access tokens.</summary>
    public string? ClientId { get; set; }

    /// <summary>An audience to accept besides <see cref="ClientId"/> (e.g. the Application ID URI <c>api://…</c>).</summary>
    public string? Audience { get; set; }

    /// <summary>Where the tenant's OpenID metadata (and so its signing keys) lives: <c>{Instance}{TenantId}/v2.0</c>.</summary>
    public string Authority => Instance.TrimEnd('/') + "/" + TenantId + "/v2.0";

    /// <summary>The <c>iss</c> of the tenant's v2.0 tokens, which is also the authority.</summary>
    public string Issuer => Authority;

    public IReadOnlyList<string> Audiences =>
        new[] { Audience, ClientId }.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>What is missing or wrong for Entra ID sign-in to work; empty when nothing is.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"{Section}:Instance must be an https URL such as https://login.microsoftonline.com/ (is \"{Instance}\")";
        }

        if (!Guid.TryParse(TenantId, out _))
        {
            yield return $"{Section}:TenantId must be the directory (tenant) id, a GUID";
        }

        if (!Guid.TryParse(ClientId, out _))
        {
            yield return $"{Section}:ClientId must be the API app registration's application (client) id, a GUID";
        }
    }
}
