using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace CareerPaths.Matching.Benchmarks;

/// <summary>Runs each benchmark method three times with a stopwatch: a quick check that everything runs, not a measurement.</summary>
internal static class Smoke
{
    public static void Run()
    {
        foreach (var type in typeof(Smoke).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)))
        {
            var instance = Activator.CreateInstance(type)!;
            var clock = Stopwatch.StartNew();
            type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(instance, null);
            Console.WriteLine($"{type.Name}: setup {clock.ElapsedMilliseconds} ms");
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                var times = Enumerable.Range(0, 3).Select(_ =>
                {
                    clock.Restart();
                    var result = method.Invoke(instance, null);
                    return (clock.Elapsed.TotalMilliseconds, result);
                }).ToList();
                Console.WriteLine($"  {method.Name}: {string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:F1} ms"))} (result {times[0].result})");
            }
        }
    }
}
