using System.Diagnostics;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Scripts;

/// <summary>Runs bash in the repository root, the way `make` does, with a few extra environment variables.</summary>
internal static class Bash
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Process Start(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
    }

    public static async Task<Result> RunAsync(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        using var process = Start(script, environment);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{script}` did not finish within {timeout}: {await errors}");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
