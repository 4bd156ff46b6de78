using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CareerPaths.GraphQL.Benchmarks;
using CareerPaths.GraphQL.Execution;

// `--sdl FILE` writes the schema for graphql-js; `--check` prints both responses once (to compare shapes);
// anything else goes to BenchmarkDotNet.
if (args is ["--sdl", var path])
{
    await File.WriteAllTextAsync(path, CatalogueModel.Sdl);
    return 0;
}

if (args is ["--check"])
{
    var benchmarks = new EngineBenchmarks();
    benchmarks.Setup();
    Console.WriteLine(ExecutionResultWriter.ToJson(await benchmarks.NestedQuery())[..300]);
    Console.WriteLine(ExecutionResultWriter.ToJson(await benchmarks.IntrospectionQuery_())[..300]);
    return 0;
}

if (args is ["--quick"])
{
    // A quick look without BenchmarkDotNet (median of 5 one-second runs), for profiling sessions.
    var benchmarks = new EngineBenchmarks();
    benchmarks.Setup();
    foreach (var (name, run) in new (string, Action)[]
    {
        ("NestedQuery", () => benchmarks.NestedQuery().Wait()),
        ("IntrospectionQuery", () => benchmarks.IntrospectionQuery_().Wait()),
        ("NestedQueryToJson", () => benchmarks.NestedQueryToJson()),
        ("ParseAndValidateIntrospection", () => benchmarks.ParseAndValidateIntrospection()),
        ("ParseAndValidateIntrospectionCached", () => benchmarks.ParseAndValidateIntrospectionCached()),
    })
    {
        var samples = new List<double>();
        for (var r = 0; r < 6; r++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var ops = 0;
            while (watch.ElapsedMilliseconds < 700)
            {
                run();
                ops++;
            }

            samples.Add(ops / watch.Elapsed.TotalSeconds);
        }

        samples.Sort();
        Console.WriteLine($"{name}: {samples[3]:0} ops/s");
    }

    return 0;
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1))
    .AddExporter(JsonExporter.Full)
    .WithOptions(ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args, config);
return 0;
