using System.Diagnostics;
using System.Text.Json;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>
/// The gate of issue 3: graphql-http's own server audits (npm graphql-http 1.23.1, run by
/// tests/conformance/audit.mjs in Node) against MapGraphQL on a real Kestrel at 127.0.0.1 — every audit "ok".
/// make test runs the same audits against the whole API as well.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    private const int AuditCount = 61;

    [Fact]
    public async Task EveryGraphQLHttpServerAuditIsOk()
    {
        var conformance = FindConformanceFolder();
        Assert.True(Directory.Exists(Path.Combine(conformance, "node_modules", "graphql-http")),
            $"the audits need their npm packages: run `npm ci` in {conformance} (make test does)");
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var counts = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output) = await RunNodeAsync(conformance, "audit.mjs", host.GraphQLUrl.ToString(), counts);

            Assert.True(exitCode == 0, output);
            using var result = JsonDocument.Parse(await File.ReadAllTextAsync(counts));
            Assert.Equal(AuditCount, result.RootElement.GetProperty("passed").GetInt32());
            Assert.Equal(0, result.RootElement.GetProperty("failed").GetInt32());
        }
        finally
        {
            File.Delete(counts);
        }
    }

    private static string FindConformanceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "audit.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/conformance/audit.mjs not found above {AppContext.BaseDirectory}");
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the audits did not finish within 3 minutes");
        }

        return (process.ExitCode, await output + await error);
    }
}
