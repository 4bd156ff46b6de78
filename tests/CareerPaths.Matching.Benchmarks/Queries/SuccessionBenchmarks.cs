using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Succession;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>100,000 people ranked for one role (target: median ≤ 50 ms).</summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class SuccessionBenchmarks
{
    private BenchmarkOrganisation _org = null!;
    private int _roleId;

    [GlobalSetup]
    public void Setup()
    {
        _org = BenchmarkOrganisation.Large();
        // A role with a required certification group and essential requirements: the most work per person.
        _roleId = _org.Organisation.Catalogue.Roles.First(r => r.Certifications.Any(c => c.Required) && r.Requirements.Count >= 12).Id;
    }

    [Benchmark(Baseline = true, Description = "LINQ reference")]
    public int Linq() => LinqSuccession.Rank(_org.Organisation.Catalogue, _org.ReferencePeople, _roleId, BenchmarkOrganisation.Options).Count;

    [Benchmark(Description = "read model")]
    public int ReadModel() => SuccessionRanking.Rank(_org.Workforce, _roleId).Length;
}
