using CareerPaths.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPaths.Api.Hosting;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "CareerPaths";

    /// <summary>
    /// Registers the database: a pooled context factory (for DataLoaders and background work that need
    /// short-lived contexts) and a scoped context taken from the same pool (for everything else).
    /// </summary>
    public static IServiceCollection AddCareerPathsData(this IServiceCollection services)
    {
        // Resolved when the first context is created, not now, so tests and hosts can still change configuration.
        services.AddPooledDbContextFactory<CareerPathsDbContext>((provider, options) => ConfigureDatabase(
            options, RequireConnectionString(provider.GetRequiredService<IConfiguration>())));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Options for a context outside dependency injection (command-line tools, tests).</summary>
    public static DbContextOptions<CareerPathsDbContext> DatabaseOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CareerPathsDbContext>();
        ConfigureDatabase(options, connectionString);
        return options.Options;
    }

    private static DbContextOptionsBuilder ConfigureDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString)
            // Migrations are hand-written and there is no model snapshot, so EF always believes the model has
            // changes; MigrationsMatchModelTests checks that for real.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static string RequireConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"No database is configured: set the connection string 'ConnectionStrings:{ConnectionStringName}' " +
                $"(environment variable ConnectionStrings__{ConnectionStringName}), for example " +
                "\"Host=127.0.0.1;Port=5432;Username=postgres;Database=careerpaths\". `make run` sets it for you.");
}
