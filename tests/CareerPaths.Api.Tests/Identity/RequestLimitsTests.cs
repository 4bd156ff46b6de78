using CareerPaths.Api.Hosting;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>Kestrel's body limit for what is not GraphQL (which has its own, smaller one) comes from configuration.</summary>
public sealed class RequestLimitsTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public void KestrelAcceptsAtMostOneMebibyteByDefault() =>
        Assert.Equal(RequestLimits.DefaultMaxRequestBodyBytes, api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize);

    [Fact]
    public async Task TheLimitIsConfigurable()
    {
        await using var configured = CareerPathsApiFactory.On(api.Database, new Dictionary<string, string?> { [RequestLimits.MaxRequestBodyBytesKey] = "65536" });

        Assert.Equal(65536, configured.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize);
    }
}
