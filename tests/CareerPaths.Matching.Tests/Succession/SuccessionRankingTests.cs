using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.Succession;

public class SuccessionRankingTests
{
    [Fact]
    public void The_ranking_equals_the_plain_LINQ_reference()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var people = world.ReferencePeople();
            return world.Data.Roles.All(role =>
            {
                var fast = world.Matcher.Succession(role.Id);
                var plain = LinqSuccession.Rank(world.Data, people, role.Id, world.Options);
                return fast.Length == plain.Count && fast.Zip(plain).All(x =>
                    x.First.PersonId == x.Second.PersonId && x.First.Readiness == x.Second.Readiness
                    && x.First.Fit == x.Second.Fit && Math.Abs(x.First.MonthsToReady - x.Second.MonthsToReady) <= 1e-9);
            });
        }, runs: 150);
    }

    [Fact]
    public void The_column_scan_agrees_with_the_explained_one_person_comparison()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.Data.Roles.All(role => world.Matcher.Succession(role.Id, includeIncumbents: true).All(c =>
            {
                var one = world.Matcher.CompareToRole(c.PersonId, role.Id);
                return one.Fit == c.Fit && one.Readiness.Readiness == c.Readiness && one.Readiness.Months == c.MonthsToReady;
            }));
        }, runs: 100);
    }

    [Fact]
    public void Incumbents_are_left_out_unless_asked_for()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.Data.Roles.All(role =>
            {
                var holders = world.People.Where(p => p.CurrentRoleId == role.Id).Select(p => p.Id).ToHashSet();
                return world.Matcher.Succession(role.Id).All(c => !holders.Contains(c.PersonId))
                       && world.Matcher.Succession(role.Id, includeIncumbents: true).Length == world.People.Count;
            });
        }, runs: 50);
    }

    [Fact]
    public void Bench_strength_counts_the_ranking_and_flags_roles_nobody_can_take_within_a_year()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var bench = world.Matcher.BenchStrength();
            var risks = world.Matcher.SuccessionRisks();
            return bench.Select(b => b.RoleId).SequenceEqual(world.Data.Roles.Select(r => r.Id).Order())
                   && bench.All(b =>
                   {
                       var ranked = world.Matcher.Succession(b.RoleId);
                       int Count(Readiness r) => ranked.Count(c => c.Readiness == r);
                       return b.ReadyNow == Count(Readiness.ReadyNow) && b.WithinOneYear == Count(Readiness.WithinOneYear)
                              && b.OneToThreeYears == Count(Readiness.OneToThreeYears) && b.Later == Count(Readiness.Later)
                              && b.AtRisk == (b.ReadyNow + b.WithinOneYear == 0);
                   })
                   && risks.SequenceEqual(bench.Where(b => b.AtRisk));
        }, runs: 50);
    }

    [Fact]
    public void The_ranking_does_not_depend_on_the_order_people_are_loaded_in()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var random = new Random(seed);
            var shuffled = World.Of(world.Organisation with { People = [.. world.People.OrderBy(_ => random.Next())] }, world.Options);
            return world.Data.Roles.All(r => world.Matcher.Succession(r.Id).SequenceEqual(shuffled.Matcher.Succession(r.Id)));
        }, runs: 50);
    }
}
