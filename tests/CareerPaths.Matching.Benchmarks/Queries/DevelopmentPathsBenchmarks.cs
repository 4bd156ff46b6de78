using BenchmarkDotNet.Attributes;
using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.Paths;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>
/// The 5 best development paths (at most 4 steps) across 1,000 roles, to a target three hops away (target: ≤ 20 ms).
/// The reference enumerates every route and costs each step with LINQ and the learning planner.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class DevelopmentPathsBenchmarks
{
    private BenchmarkOrganisation _org = null!;
    private ReferencePerson _person = null!;
    private int _targetRoleId;

    [GlobalSetup]
    public void Setup()
    {
        _org = BenchmarkOrganisation.Large();
        _person = _org.ReferencePeople.First(p => p.Profile.CurrentRoleId is not null);
        var start = _org.Catalogue.Role(_person.Profile.CurrentRoleId!.Value).Index;
        // The first role three hops away that has at least five routes within four steps.
        _targetRoleId = ThreeHopsFrom(_org.Catalogue, start).Select(r => _org.Catalogue.Roles[r].Id)
            .First(id => DevelopmentPaths.Find(_org.Workforce, _person.Id, id, 5).Count == 5);
    }

    [Benchmark(Baseline = true, Description = "LINQ brute force")]
    public int Linq()
    {
        var catalogue = _org.Catalogue;
        var certifications = _org.Organisation.Catalogue.Certifications.ToDictionary(c => c.Id);
        var person = PersonSnapshot.Of(_org.Workforce, _person.Id);
        return BruteForcePaths.Enumerate(catalogue, person.CurrentRole, DevelopmentPaths.StartEdges(catalogue, person),
            catalogue.Role(_targetRoleId).Index, 5, BenchmarkOrganisation.Options.MaxPathSteps,
            (walked, count, edge) => LinqPathCost.StepMonths(_org.Organisation.Catalogue, certifications, _person,
                [.. walked.Take(count).Select(r => catalogue.Roles[r].Profile)], catalogue.Roles[edge.To].Profile,
                edge.Kind, edge.TypicalYears, BenchmarkOrganisation.Options)).Count;
    }

    [Benchmark(Description = "read model")]
    public int ReadModel() => DevelopmentPaths.Find(_org.Workforce, _person.Id, _targetRoleId, 5).Count;

    /// <summary>With the per-role cover caches emptied first: every step's learning plan is solved again.</summary>
    [Benchmark(Description = "read model, cold cover cache")]
    public int ReadModelCold()
    {
        _org.Catalogue.ForgetCoverCaches();
        return DevelopmentPaths.Find(_org.Workforce, _person.Id, _targetRoleId, 5).Count;
    }

    private static IEnumerable<int> ThreeHopsFrom(MatchingCatalogue catalogue, int start)
    {
        var hops = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>([start]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var edge in catalogue.Graph.Outgoing[at])
            {
                if (hops.TryAdd(edge.To, hops[at] + 1)) queue.Enqueue(edge.To);
            }
        }
        return hops.Where(h => h.Value == 3).Select(h => h.Key).Order();
    }
}
