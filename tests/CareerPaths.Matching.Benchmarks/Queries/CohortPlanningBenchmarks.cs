using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>
/// A cohort plan for 10,000 people (gaps against their own roles) and 200 offerings (target: ≤ 2 s). The reference
/// is the same greedy written eagerly: every round re-evaluates every move with LINQ.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CohortPlanningBenchmarks
{
    public const double Budget = 250_000;
    private CohortProblem _problem = null!;

    [GlobalSetup]
    public void Setup()
    {
        var org = BenchmarkOrganisation.WithPeople(10_000);
        _problem = CohortProblemBuilder.Build(org.Workforce, new CohortRequest(new GapScope(), Budget));
    }

    [Benchmark(Baseline = true, Description = "LINQ eager greedy")]
    public int Linq() => EagerCohortPlanner.Plan(_problem).Cohorts.Count;

    [Benchmark(Description = "lazy greedy")]
    public int Lazy() => CohortPlanner.Plan(_problem).Cohorts.Count;
}
