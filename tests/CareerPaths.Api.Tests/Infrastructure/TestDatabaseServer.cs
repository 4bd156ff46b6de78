using System.Globalization;
using Npgsql;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against, taken from <c>ConnectionStrings__CareerPaths</c> (set by
/// <c>make test</c>). Without it the tests fail loudly: a silent skip would hide that nothing was tested.
/// </summary>
public static class TestDatabaseServer
{
    public const string ConnectionStringVariable = "ConnectionStrings__CareerPaths";

    /// <summary>Prefix of the databases test runs on this machine create: "cpt_" and a short hash of the host name.</summary>
    public static string HostPrefix { get; } = string.Create(CultureInfo.InvariantCulture,
        $"cpt_{Fnv1a(Environment.MachineName) % 0xFFFFFF:x6}");

    /// <summary>Prefix of every database this test run creates, so parallel runs on one server never collide.</summary>
    public static string RunPrefix { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{HostPrefix}_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..4]}");

    private static readonly Lazy<NpgsqlConnectionStringBuilder> Server = new(ReadServer);

    public static string ConnectionStringFor(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(Server.Value.ConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    /// <summary>For CREATE/DROP DATABASE; unpooled so no idle session lingers in a template.</summary>
    public static string MaintenanceConnectionString => ConnectionStringFor("postgres", pooling: false);

    public static NpgsqlConnectionStringBuilder Settings => new(Server.Value.ConnectionString);

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(MaintenanceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlConnectionStringBuilder ReadServer()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the integration tests: {ConnectionStringVariable} is not set. Run the tests with " +
                "`make test` (it starts a throw-away cluster), or point the variable at a server where the user may " +
                "create databases, e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database=careerpaths_tests\".");
        }
        return new NpgsqlConnectionStringBuilder(connectionString);
    }

    // A stable hash (string.GetHashCode changes with every process).
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261;
        foreach (var character in text)
        {
            hash = (hash ^ character) * 16777619;
        }
        return hash;
    }
}
