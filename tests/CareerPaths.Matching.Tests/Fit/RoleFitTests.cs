using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.Fit;

public class RoleFitTests
{
    [Fact]
    public void Fit_is_between_zero_and_one()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.People.All(p => world.Data.Roles.All(r => world.Matcher.CompareToRole(p.Id, r.Id).Fit is >= 0 and <= 1));
        });
    }

    [Fact]
    public void Fit_is_the_weighted_coverage_of_the_explained_items()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.People.All(p => world.Data.Roles.All(r =>
            {
                var c = world.Matcher.CompareToRole(p.Id, r.Id);
                var weights = c.Requirements.Sum(q => q.Weight);
                var expected = c.Requirements.Count == 0 ? 1 : c.Requirements.Sum(q => q.Weight * q.Coverage) / weights;
                return Math.Abs(c.Fit - expected) < 1e-12
                       && c.Requirements.All(q => q.Gap == Math.Max(0, q.Required - q.Effective)
                                                  && q.Weight == q.Importance * (q.Essential ? world.Options.EssentialWeightFactor : 1)
                                                  && (q.Source is not null || q.Effective == 0));
            }));
        }, runs: 50);
    }

    [Fact]
    public void Raising_a_skill_never_lowers_fit_never_raises_a_gap_and_never_delays_readiness()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            if (Raise.OneSkill(world, seed) is not var (raised, personId, _))
            {
                return true;
            }
            return world.Data.Roles.All(role =>
            {
                var before = world.Matcher.CompareToRole(personId, role.Id);
                var after = raised.Matcher.CompareToRole(personId, role.Id);
                return after.Fit >= before.Fit
                       && after.Requirements.Zip(before.Requirements).All(x => x.First.Gap <= x.Second.Gap)
                       && after.Readiness.Readiness <= before.Readiness.Readiness
                       && after.Readiness.Months <= before.Readiness.Months + 1e-9;
            });
        }, runs: 200);
    }

    [Fact]
    public void Ready_now_means_no_essential_gap_and_no_missing_required_certification()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            return world.People.All(p => world.Data.Roles.All(r =>
            {
                var c = world.Matcher.CompareToRole(p.Id, r.Id);
                var blocked = c.SkillGaps.Any(g => g.Essential) || c.MissingCertifications.Any();
                var months = c.Readiness.Months;
                return c.Readiness.Readiness == ReadinessEstimate.Classify(blocked, months) && (blocked || months == 0);
            }));
        }, runs: 50);
    }

    [Fact]
    public void Comparisons_do_not_depend_on_the_order_of_the_inputs()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var random = new Random(seed);
            var shuffled = World.Of(world.Organisation with
            {
                People = [.. world.People.OrderBy(_ => random.Next())],
                Catalogue = world.Data with
                {
                    Roles = [.. world.Data.Roles.OrderBy(_ => random.Next())],
                    Offerings = [.. world.Data.Offerings.OrderBy(_ => random.Next())],
                },
            }, world.Options);
            return world.People.All(p => world.Data.Roles.All(r =>
                Same(world.Matcher.CompareToRole(p.Id, r.Id), shuffled.Matcher.CompareToRole(p.Id, r.Id))));
        }, runs: 30);
    }

    private static bool Same(RoleComparison a, RoleComparison b) =>
        a.Fit == b.Fit && a.Requirements.SequenceEqual(b.Requirements) && a.Readiness.Readiness == b.Readiness.Readiness
        && a.Readiness.Months == b.Readiness.Months && a.Readiness.OfferingIds.SequenceEqual(b.Readiness.OfferingIds);
}
