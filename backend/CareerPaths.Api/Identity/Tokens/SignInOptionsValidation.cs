using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Identity.Tokens;

/// <summary>
/// Checked at start-up: the local issuer only in Development, and outside it a complete <c>AzureAd</c> section,
/// so a misconfigured deployment stops with a message instead of answering every request with 401.
/// </summary>
internal sealed class SignInOptionsValidation(IOptions<AzureAdOptions> azureAd, IHostEnvironment environment) : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LocalIssuer.Enabled)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{SignInOptions.Section}:LocalIssuer:Enabled is true in the {environment.EnvironmentName} environment: the local " +
                    "issuer is for Development only. Configure the AzureAd section instead (docs/entra-id.md).");
        }

        var problems = azureAd.Value.Problems().ToArray();
        return problems.Length == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Sign-in with Entra ID is not configured: " + string.Join("; ", problems) +
                $". See docs/entra-id.md (in Development, {SignInOptions.Section}:LocalIssuer:Enabled=true signs in without Entra ID).");
    }
}
