using System.Diagnostics;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Data.SchemaComparison;

/// <summary>Runs <c>pg_dump --schema-only</c>: PostgreSQL's own description of a schema is the ground truth.</summary>
internal static class PgDump
{
    public static async Task<string> SchemaOfAsync(string database)
    {
        var server = TestDatabaseServer.Settings;
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--schema-only", "--no-owner", "--no-privileges",
                     "--host", server.Host!, "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--username", server.Username!, database,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        if (!string.IsNullOrEmpty(server.Password))
        {
            start.Environment["PGPASSWORD"] = server.Password;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_dump did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_dump failed ({process.ExitCode}): {await errors}");
        }
        return await output;
    }

    // make test exports PG_BIN (the server's own bin folder), so pg_dump is never older than the server.
    private static string Executable() =>
        Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } bin && File.Exists(Path.Combine(bin, "pg_dump"))
            ? Path.Combine(bin, "pg_dump")
            : "pg_dump";
}
