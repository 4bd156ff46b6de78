using CareerPaths.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database up to date before the first request: applies pending migrations, then seeds.
    /// Any failure stops start-up, so the API never serves a half-prepared database.
    /// </summary>
    public static async Task PrepareCareerPathsDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
