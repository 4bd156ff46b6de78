using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using CareerPaths.Matching.Benchmarks;

// dotnet run -c Release --project tests/CareerPaths.Matching.Benchmarks -- --filter '*'
// `-- --smoke` runs every benchmark method a few times with a stopwatch instead (a quick look, not a measurement).
if (args.Contains("--smoke"))
{
    Smoke.Run();
    return;
}
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
