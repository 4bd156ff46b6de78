using System.Diagnostics;
using CareerPaths.Matching.Benchmarks.Queries;
using CareerPaths.Matching.Benchmarks.Workload;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.Suggestions;

namespace CareerPaths.Matching.Benchmarks;

/// <summary>
/// Stopwatch medians of the read-model builds and of one person against every role, cold and warm: where the time
/// goes, on a machine too noisy for single timings (`-- --profile`). Not a measurement of record — BenchmarkDotNet is.
/// </summary>
internal static class Profile
{
    public static void Run(int rounds)
    {
        var organisation = SyntheticOrganisation.Generate(OrganisationShape.Large, BenchmarkOrganisation.Seed);
        var options = BenchmarkOrganisation.Options;
        MatchingCatalogue catalogue = null!;
        Workforce workforce = null!;
        Report("MatchingCatalogue.Build", Math.Max(3, rounds / 20), () => catalogue = MatchingCatalogue.Build(organisation.Catalogue, options));
        Report("Workforce.Build", Math.Max(3, rounds / 20),
            () => workforce = Workforce.Build(catalogue, organisation.People, organisation.OrgUnits, organisation.ReferenceDate));
        var person = organisation.People.First(p => p.CurrentRoleId is not null).Id;
        Report("all 1,000 explained, cold", rounds, () =>
        {
            catalogue.ForgetCoverCaches();
            RoleSuggestions.For(workforce, person, 1_000);
        });
        Report("all 1,000 explained, warm", rounds, () => RoleSuggestions.For(workforce, person, 1_000));
        Report("ranking only (none explained)", rounds, () => RoleSuggestions.For(workforce, person, 0));
    }

    /// <summary>Only the cold question, over and over, for a sampling profiler (`-- --profile-cold SECONDS`).</summary>
    public static void Cold(double seconds)
    {
        var organisation = SyntheticOrganisation.Generate(OrganisationShape.Large, BenchmarkOrganisation.Seed);
        var catalogue = MatchingCatalogue.Build(organisation.Catalogue, BenchmarkOrganisation.Options);
        var workforce = Workforce.Build(catalogue, organisation.People, organisation.OrgUnits, organisation.ReferenceDate);
        var person = organisation.People.First(p => p.CurrentRoleId is not null).Id;
        var clock = Stopwatch.StartNew();
        var calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            catalogue.ForgetCoverCaches();
            RoleSuggestions.For(workforce, person, 1_000);
            calls++;
        }
        Console.WriteLine($"{calls} cold calls");
    }

    /// <summary>Wall-clock and this thread's CPU time: on a shared machine the CPU time says what the code costs.</summary>
    private static void Report(string what, int rounds, Action action)
    {
        action();
        var times = new double[rounds];
        var cpu = new double[rounds];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = new Stopwatch();
        for (var i = 0; i < rounds; i++)
        {
            var started = ThreadCpu.Milliseconds();
            clock.Restart();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
            cpu[i] = ThreadCpu.Milliseconds() - started;
        }
        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds;
        Array.Sort(times);
        Array.Sort(cpu);
        Console.WriteLine($"{what}: median {times[rounds / 2]:F3} ms (thread CPU {cpu[rounds / 2]:F3} ms), min {times[0]:F3} ms, {allocated / 1024.0:F0} KB per call");
    }
}

/// <summary>CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)).</summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static double Milliseconds() =>
        ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
