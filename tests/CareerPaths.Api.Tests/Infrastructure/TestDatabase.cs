using CareerPaths.Api.Data;
using CareerPaths.Api.Hosting;
using Npgsql;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>A database that belongs to one test class and is dropped when the class is done.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = TestDatabaseServer.ConnectionStringFor(name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>An empty database (no tables).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string label)
    {
        var database = new TestDatabase(DatabaseNames.Next(label));
        await TestDatabaseServer.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A copy of a template database (see <see cref="DatabaseTemplates"/>).</summary>
    internal static async Task<TestDatabase> CloneAsync(string template, string label)
    {
        var database = new TestDatabase(DatabaseNames.Next(label));
        await DatabaseTemplates.CloneAsync(template, database.Name);
        return database;
    }

    public CareerPathsDbContext CreateContext() => new(DataServiceCollectionExtensions.DatabaseOptions(ConnectionString));

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        await TestDatabaseServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
