using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>Heat map of 100,000 people × 200 skills across 400 org units (target: ≤ 500 ms).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class HeatMapBenchmarks
{
    private BenchmarkOrganisation _org = null!;
    private GapScope _scope = null!;

    [GlobalSetup]
    public void Setup()
    {
        _org = BenchmarkOrganisation.Large();
        // Enough target roles that their combined requirements cover all 200 skills.
        var covered = new HashSet<int>();
        var targets = new List<int>();
        foreach (var role in _org.Organisation.Catalogue.Roles)
        {
            if (role.Requirements.Any(q => covered.Add(q.SkillId))) targets.Add(role.Id);
            if (covered.Count == 200) break;
        }
        _scope = new GapScope(TargetRoleIds: targets);
    }

    [Benchmark(Baseline = true, Description = "LINQ reference")]
    public int Linq() => LinqHeatMap.Build(_org.Organisation.Catalogue, _org.ReferencePeople, _org.Organisation.OrgUnits, _scope, BenchmarkOrganisation.Options).Rows.Count;

    [Benchmark(Description = "read model")]
    public int ReadModel() => HeatMapBuilder.Build(_org.Workforce, _scope).Rows.Count;
}
