using System.Diagnostics;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Scripts;

/// <summary>`make run` (scripts/run.sh) refuses a second concurrent start instead of sharing, and corrupting, one cluster.</summary>
public sealed class RunScriptLockTests : IDisposable
{
    private const string AcquireLock = "source scripts/lib/common.sh; source scripts/lib/run-lock.sh; acquire_run_lock \"$CAREERPATHS_DATA_DIR\"";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"careerpaths-run-{Guid.NewGuid():N}");
    private readonly List<Process> _holders = [];

    private Dictionary<string, string> Environment => new()
    {
        ["CAREERPATHS_DATA_DIR"] = _dataDirectory,
        // Even if the lock let it through, the script would use this server rather than start a cluster.
        [TestDatabaseServer.ConnectionStringVariable] = TestDatabaseServer.ConnectionStringFor("careerpaths_lock_test"),
    };

    [Fact]
    public async Task ASecondMakeRunIsRefusedWithAClearMessageWhileTheFirstIsRunning()
    {
        var first = await HoldTheLockAsync();

        var second = await Bash.RunAsync("bash scripts/run.sh", Environment, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains($"CareerPaths is already running from {_dataDirectory} (pid {first.Id})", second.Errors, StringComparison.Ordinal);
        Assert.Contains("Stop it with Ctrl-C", second.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLockIsFreeAgainOnceTheFirstRunHasEnded()
    {
        var first = await HoldTheLockAsync();
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();

        var second = await Bash.RunAsync($"{AcquireLock} && echo acquired", Environment, TimeSpan.FromSeconds(30));

        Assert.Equal((0, "acquired\n"), (second.ExitCode, second.Output));
    }

    [Fact]
    public async Task ALeftoverLockFileFromACrashedRunDoesNotBlockTheNextOne()
    {
        Directory.CreateDirectory(_dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, "run.lock"), "");
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, "run.pid"), "999999\n");

        var next = await Bash.RunAsync($"{AcquireLock} && echo acquired", Environment, TimeSpan.FromSeconds(30));

        Assert.Equal((0, "acquired\n"), (next.ExitCode, next.Output));
    }

    public void Dispose()
    {
        foreach (var holder in _holders)
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
                holder.WaitForExit();
            }
            holder.Dispose();
        }
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>Takes the lock with the script's own code, as a running `make run` holds it, and keeps it.</summary>
    private async Task<Process> HoldTheLockAsync()
    {
        var holder = Bash.Start($"{AcquireLock} && echo held && exec sleep 120", Environment);
        _holders.Add(holder);
        var line = await holder.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("held", line);
        return holder;
    }
}
