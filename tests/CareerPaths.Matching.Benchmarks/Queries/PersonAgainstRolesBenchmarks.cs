using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Suggestions;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>One person against all 1,000 roles: fit, similarity, label and readiness for every role (target: ≤ 2 ms).</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PersonAgainstRolesBenchmarks
{
    private BenchmarkOrganisation _org = null!;
    private ReferencePerson _person = null!;

    [GlobalSetup]
    public void Setup()
    {
        _org = BenchmarkOrganisation.Large();
        _person = _org.ReferencePeople.First(p => p.Profile.CurrentRoleId is not null);
    }

    [Benchmark(Baseline = true, Description = "LINQ reference")]
    public int Linq() => LinqSuggestions.For(_org.Organisation.Catalogue, _org.Catalogue.Similarity, _person, 1_000, BenchmarkOrganisation.Options).Count;

    [Benchmark(Description = "read model")]
    public int ReadModel() => RoleSuggestions.For(_org.Workforce, _person.Id, 1_000).Count;

    /// <summary>As a request for a gap pattern no one asked about before: the per-role cover caches are emptied first.</summary>
    [Benchmark(Description = "read model, cold cover cache")]
    public int ReadModelCold()
    {
        _org.Catalogue.ForgetCoverCaches();
        return RoleSuggestions.For(_org.Workforce, _person.Id, 1_000).Count;
    }
}
