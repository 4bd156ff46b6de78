using CareerPaths.Api.Data;
using CareerPaths.Api.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Hosting;

public static class DatabaseStartup
{
    public static IServiceCollection AddCareerPathsSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedingOptions>(configuration.GetSection(SeedingOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Brings the database up to date before the first request: applies pending migrations, then seeds.
    /// Any failure stops start-up, so the API never serves a half-prepared database.
    /// </summary>
    public static async Task PrepareCareerPathsDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);

        var options = app.Services.GetRequiredService<IOptions<SeedingOptions>>().Value;
        if (!options.Enabled)
        {
            logger.LogInformation("Seeding is turned off ({Section}:Enabled=false)", SeedingOptions.Section);
            return;
        }
        var directory = SeedDataDirectory.Resolve(options.Directory, app.Environment.ContentRootPath);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var report = await DatabaseSeeding.SeedFromDirectoryAsync(db, directory, now, cancellationToken);
        logger.LogInformation("Seeded from {Directory}: added {Report}", directory, report);
    }

    private static async Task MigrateAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        // Npgsql's migrator reads the history table before creating it and logs the failure as an error on every
        // first start (npgsql/efcore.pg#3407). Creating it first keeps a newcomer's first log free of false alarms.
        if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
