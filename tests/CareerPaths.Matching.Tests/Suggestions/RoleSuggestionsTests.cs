using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.Suggestions;

public class RoleSuggestionsTests
{
    [Fact]
    public void Suggestions_equal_the_plain_LINQ_reference()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var people = world.ReferencePeople();
            var first = new Random(seed).Next(0, world.Data.Roles.Count + 2);
            return people.All(person =>
            {
                var fast = world.Matcher.SuggestRoles(person.Id, first);
                var plain = LinqSuggestions.For(world.Data, world.Catalogue.Similarity, person, first, world.Options);
                return fast.Count == plain.Count && fast.Zip(plain).All(x =>
                    x.First.RoleId == x.Second.RoleId && x.First.Move == x.Second.Move && x.First.Score == x.Second.Score
                    && x.First.Fit == x.Second.Fit && x.First.Readiness.Readiness == x.Second.Readiness
                    && Math.Abs(x.First.Readiness.Months - x.Second.Months) <= 1e-9);
            });
        }, runs: 100);
    }

    [Fact]
    public void The_role_a_person_holds_is_never_suggested()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.People.All(p => world.Matcher.SuggestRoles(p.Id, 100).All(s => s.RoleId != p.CurrentRoleId)
                                         && world.Matcher.SuggestRoles(p.Id, 100).Count == world.Data.Roles.Count(r => r.Id != p.CurrentRoleId));
        }, runs: 50);
    }
}
