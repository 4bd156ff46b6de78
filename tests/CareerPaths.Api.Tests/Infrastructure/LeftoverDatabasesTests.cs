using System.Diagnostics;
using Npgsql;

namespace CareerPaths.Api.Tests.Infrastructure;

public sealed class LeftoverDatabasesTests
{
    [Fact]
    public async Task DatabasesOfAFinishedRunAreDroppedAndThoseOfLiveRunsAreKept()
    {
        var finished = $"{TestDatabaseServer.HostPrefix}_{UnusedProcessId()}_dead_leftover";
        var live = $"{TestDatabaseServer.RunPrefix}_live_keep";
        await TestDatabaseServer.ExecuteAsync($"CREATE DATABASE \"{finished}\"");
        await TestDatabaseServer.ExecuteAsync($"CREATE DATABASE \"{live}\"");
        try
        {
            await LeftoverDatabases.DropAsync();

            Assert.False(await ExistsAsync(finished));
            Assert.True(await ExistsAsync(live));
        }
        finally
        {
            await TestDatabaseServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{finished}\"");
            await TestDatabaseServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{live}\"");
        }
    }

    private static int UnusedProcessId()
    {
        for (var candidate = 4_000_000; ; candidate++)
        {
            try
            {
                using var process = Process.GetProcessById(candidate);
            }
            catch (ArgumentException)
            {
                return candidate;
            }
        }
    }

    private static async Task<bool> ExistsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestDatabaseServer.MaintenanceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
