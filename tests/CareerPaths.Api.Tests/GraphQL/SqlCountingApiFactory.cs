using CareerPaths.Api.Data;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>The API on its own seeded database, with every SQL command it sends counted by <see cref="Sql"/>.</summary>
public sealed class SqlCountingApiFactory : CareerPathsApiFactory
{
    public SqlCommandCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<CareerPathsDbContext>(options => options.AddInterceptors(Sql)));
    }
}
