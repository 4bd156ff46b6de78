using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.Paths;
using CareerPaths.Matching.Tests.Support;
using FsCheck.Fluent;

namespace CareerPaths.Matching.Tests.Paths;

public class DevelopmentPathsTests
{
    private sealed record Case(World World, int PersonId, int TargetRoleId, int K, int MaxSteps);

    private static readonly FsCheck.Gen<Case> Cases =
        from seed in Properties.Seeds
        from k in Gen.Choose(1, 6)
        from maxSteps in Gen.Choose(1, 4)
        select Build(seed, k, maxSteps);

    private static Case Build(int seed, int k, int maxSteps)
    {
        var world = World.Small(seed);
        var random = new Random(seed);
        return new Case(world, world.People[random.Next(world.People.Count)].Id, world.Data.Roles[random.Next(world.Data.Roles.Count)].Id, k, maxSteps);
    }

    private static (PersonSnapshot Person, int Start, CareerEdge[] StartEdges, int Target) Setup(Case c)
    {
        var person = PersonSnapshot.Of(c.World.Workforce, c.PersonId);
        return (person, person.CurrentRole, DevelopmentPaths.StartEdges(c.World.Catalogue, person), c.World.Catalogue.Role(c.TargetRoleId).Index);
    }

    [Fact]
    public void The_k_best_paths_equal_a_brute_force_enumeration()
    {
        var withSeveral = 0;
        Properties.Hold(Cases, c =>
        {
            var catalogue = c.World.Catalogue;
            var (person, start, edges, target) = Setup(c);
            var found = PathSearch.Run(catalogue, person, start, edges, target, c.K, c.MaxSteps);
            var brute = BruteForcePaths.Enumerate(catalogue, start, edges, target, c.K, c.MaxSteps,
                (walked, count, edge) => PathStepCost.Of(catalogue, person, walked, count, edge).Months);
            if (found.Count > 1) withSeveral++;
            return found.Count == brute.Count
                   && found.Zip(brute).All(x => x.First.Walked.SequenceEqual(x.Second.Walked) && x.First.Months == x.Second.Months);
        }, runs: 300);
        Assert.True(withSeveral > 50, $"only {withSeveral} cases had more than one path");
    }

    [Fact]
    public void Step_costs_match_an_independent_computation_that_carries_skills_forward()
    {
        Properties.Hold(Cases, c =>
        {
            var catalogue = c.World.Catalogue;
            var (person, start, edges, target) = Setup(c);
            var reference = c.World.ReferencePeople().Single(p => p.Id == c.PersonId);
            var certifications = c.World.Data.Certifications.ToDictionary(x => x.Id);
            var routes = BruteForcePaths.Enumerate(catalogue, start, edges, target, 50, c.MaxSteps,
                (walked, count, edge) => PathStepCost.Of(catalogue, person, walked, count, edge).Months);
            return routes.All(route => Enumerable.Range(0, route.Walked.Length).All(i =>
            {
                var walked = route.Walked.Take(i).Select(r => catalogue.Roles[r].Profile).ToList();
                var expected = LinqPathCost.StepMonths(c.World.Data, certifications, reference, walked,
                    catalogue.Roles[route.Walked[i]].Profile, route.Edges[i].Kind, route.Edges[i].TypicalYears, c.World.Options);
                var actual = PathStepCost.Of(catalogue, person, route.Walked, i, route.Edges[i]).Months;
                return Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, expected);
            }));
        }, runs: 150);
    }

    [Fact]
    public void Raising_a_skill_never_raises_a_paths_cost()
    {
        Properties.Hold(Cases, c =>
        {
            if (Raise.OneSkill(c.World, c.PersonId) is not var (raised, personId, _))
            {
                return true;
            }
            var catalogue = c.World.Catalogue;
            var (person, start, edges, target) = Setup(c with { PersonId = personId });
            var after = PersonSnapshot.Of(raised.Workforce, personId);
            var routes = BruteForcePaths.Enumerate(catalogue, start, edges, target, 50, c.MaxSteps,
                (walked, count, edge) => PathStepCost.Of(catalogue, person, walked, count, edge).Months);
            return routes.All(route =>
            {
                var raisedMonths = Enumerable.Range(0, route.Walked.Length)
                    .Sum(i => PathStepCost.Of(raised.Catalogue, after, route.Walked, i, route.Edges[i]).Months);
                return raisedMonths <= route.Months + 1e-9 * Math.Max(1, route.Months);
            });
        }, runs: 200);
    }

    [Fact]
    public void Paths_are_deterministic_and_the_public_entry_describes_what_the_search_found()
    {
        Properties.Hold(Cases, c =>
        {
            var paths = c.World.Matcher.DevelopmentPaths(c.PersonId, c.TargetRoleId, c.K, c.MaxSteps);
            var again = World.Of(c.World.Organisation, c.World.Options).Matcher.DevelopmentPaths(c.PersonId, c.TargetRoleId, c.K, c.MaxSteps);
            return paths.Count == again.Count
                   && paths.Zip(again).All(x => x.First.TotalMonths == x.Second.TotalMonths && x.First.Steps.Select(s => s.RoleId).SequenceEqual(x.Second.Steps.Select(s => s.RoleId)))
                   && paths.All(p => Math.Abs(p.Steps.Sum(s => s.Months) - p.TotalMonths) <= 1e-9 * Math.Max(1, p.TotalMonths)
                                     && (p.Steps.Count == 0 || p.Steps[^1].RoleId == c.TargetRoleId)
                                     && p.Steps.Count <= c.MaxSteps);
        }, runs: 100);
    }
}
