using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Suggestions;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>
/// One person against all 1,000 roles (target: ≤ 2 ms): fit, similarity and rank for every role, then label and
/// readiness (a learning plan each) for the first <see cref="Explained"/> — a page of 20, or all 1,000.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PersonAgainstRolesBenchmarks
{
    private BenchmarkOrganisation _org = null!;
    private ReferencePerson _person = null!;

    [Params(20, 1_000)]
    public int Explained { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _org = BenchmarkOrganisation.Large();
        _person = _org.ReferencePeople.First(p => p.Profile.CurrentRoleId is not null);
    }

    [Benchmark(Baseline = true, Description = "LINQ reference")]
    public int Linq() => LinqSuggestions.For(_org.Organisation.Catalogue, _org.Catalogue.Similarity, _person, Explained, BenchmarkOrganisation.Options).Count;

    [Benchmark(Description = "read model")]
    public int ReadModel() => RoleSuggestions.For(_org.Workforce, _person.Id, Explained).Count;

    /// <summary>As a request for a gap pattern no one asked about before: the per-role cover caches are emptied first.</summary>
    [Benchmark(Description = "read model, cold cover cache")]
    public int ReadModelCold()
    {
        _org.Catalogue.ForgetCoverCaches();
        return RoleSuggestions.For(_org.Workforce, _person.Id, Explained).Count;
    }
}
