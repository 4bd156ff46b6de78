using CareerPaths.Api.Data;
using CareerPaths.Api.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// Template databases built once per test run; every test class gets a copy (<c>CREATE DATABASE … TEMPLATE</c>),
/// which takes a fraction of the time of migrating and seeding again.
/// </summary>
internal static class DatabaseTemplates
{
    private static readonly Lazy<Task<string>> MigratedTemplate = new(() => BuildAsync("tpl_migrated", seed: false));
    private static readonly Lazy<Task<string>> SeededTemplate = new(() => BuildAsync("tpl_seeded", seed: true));

    // PostgreSQL refuses to copy a database that any other session uses, and two copies of one template at
    // the same time count as such a use: clones are made one at a time.
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly List<string> Built = [];

    static DatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplates();

    /// <summary>Migrated, no data.</summary>
    public static Task<string> MigratedAsync() => MigratedTemplate.Value;

    /// <summary>Migrated and seeded from the repository's <c>seed-data/</c>, as at the first start of the API.</summary>
    public static Task<string> SeededAsync() => SeededTemplate.Value;

    public static async Task CloneAsync(string template, string database)
    {
        await CloneLock.WaitAsync();
        try
        {
            await TestDatabaseServer.ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            CloneLock.Release();
        }
    }

    private static readonly Lazy<Task> Sweep = new(LeftoverDatabases.DropAsync);

    private static async Task<string> BuildAsync(string label, bool seed)
    {
        await Sweep.Value;
        var name = DatabaseNames.Next(label);
        await TestDatabaseServer.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        lock (Built)
        {
            Built.Add(name);
        }
        // Unpooled: once this block ends no session is left in the template, so it can be copied.
        await using var db = new CareerPathsDbContext(
            DataServiceCollectionExtensions.DatabaseOptions(TestDatabaseServer.ConnectionStringFor(name, pooling: false)));
        await db.Database.MigrateAsync();
        if (seed)
        {
            await TestSeeding.SeedRepositoryCatalogueAsync(db);
        }
        return name;
    }

    private static void DropTemplates()
    {
        string[] names;
        lock (Built)
        {
            names = [.. Built];
        }
        foreach (var name in names)
        {
            try
            {
                TestDatabaseServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (Npgsql.NpgsqlException)
            {
                // The throw-away cluster of `make test` is deleted anyway; on a shared server a leftover
                // template carries the run prefix and is safe to drop by hand.
            }
        }
    }
}
