using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// Drops databases that earlier test runs on this machine left behind (a run that was killed never reaches its
/// clean-up). A database is only dropped when the process whose id is in its name is gone, so parallel runs,
/// and runs from other machines on a shared server, are never touched.
/// </summary>
internal static class LeftoverDatabases
{
    public static async Task DropAsync()
    {
        var ownPrefix = $"{TestDatabaseServer.HostPrefix}_";
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(TestDatabaseServer.MaintenanceConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
            command.Parameters.AddWithValue("prefix", ownPrefix);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var name in names.Where(name => IsFromAFinishedRun(name[ownPrefix.Length..])))
        {
            try
            {
                await TestDatabaseServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (PostgresException)
            {
                // Another run is sweeping the same leftover; one of us dropping it is enough.
            }
        }
    }

    // The rest of the name starts with the process id of the run that created it.
    private static bool IsFromAFinishedRun(string rest)
    {
        var digits = rest.Split('_')[0];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var processId) || processId == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
