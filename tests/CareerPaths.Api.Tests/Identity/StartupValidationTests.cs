using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>A deployment with sign-in misconfigured does not start: it says what to set instead of answering 401 forever.</summary>
public sealed class StartupValidationTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public async Task ProductionWithoutAnAzureAdSectionStopsNamingTheMissingSettings()
    {
        await using var production = CareerPathsApiFactory.On(api.Database, environment: "Production");

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("AzureAd:TenantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("docs/entra-id.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocalIssuerIsRefusedOutsideDevelopment()
    {
        await using var production = CareerPathsApiFactory.On(api.Database, new Dictionary<string, string?>(EntraTestSettings.Settings)
        {
            ["Authentication:LocalIssuer:Enabled"] = "true",
        }, "Production");

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Development only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMultiTenantAuthorityIsRefused()
    {
        await using var production = CareerPathsApiFactory.On(api.Database, new Dictionary<string, string?>(EntraTestSettings.Settings)
        {
            ["AzureAd:TenantId"] = "common",
        }, "Production");

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("AzureAd:TenantId must be the directory (tenant) id", error.Message, StringComparison.Ordinal);
    }
}
