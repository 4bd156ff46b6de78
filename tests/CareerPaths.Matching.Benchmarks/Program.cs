using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using CareerPaths.Matching.Benchmarks;

// dotnet run -c Release --project tests/CareerPaths.Matching.Benchmarks -- --filter '*'
// `-- --smoke` runs every benchmark method a few times with a stopwatch instead (a quick look, not a measurement);
// `-- --profile` prints stopwatch medians of the builds and of one person against every role, cold and warm;
// `-- --profile-cold SECONDS` loops the cold question for a sampling profiler (perf);
// `-- --digest` fingerprints many answers, to check that an optimisation changed none of them.
if (args.Contains("--smoke"))
{
    Smoke.Run();
    return;
}
if (args.Contains("--digest"))
{
    Digest.Run();
    return;
}
if (args.Contains("--profile-cold"))
{
    Profile.Cold(double.Parse(args[Array.IndexOf(args, "--profile-cold") + 1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args.Contains("--profile"))
{
    Profile.Run(rounds: 200);
    return;
}
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
