using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Tests.Support;
using Xunit.Abstractions;

namespace CareerPaths.Matching.Tests.Learning;

public class LearningPlannerTests(ITestOutputHelper output)
{
    [Fact]
    public void The_plan_is_the_exact_optimum_found_by_brute_force()
    {
        Properties.Hold(LearningInstance.Generator, instance => new[] { LearningObjective.Hours, LearningObjective.Cost }.All(objective =>
        {
            var plan = instance.Plan(objective);
            var optimum = BruteForceCover.Optimum(instance, objective);
            var cost = objective == LearningObjective.Hours ? plan.OfferingHours : plan.OfferingCost;
            return plan.ProvedOptimal && plan.Offerings.Select(o => o.OfferingId).SequenceEqual(optimum.OfferingIds)
                   && Math.Abs(cost - optimum.Cost) < 1e-9;
        }), runs: 400);
    }

    [Fact]
    public void Every_need_is_closed_by_a_chosen_offering_or_listed_as_self_study()
    {
        Properties.Hold(LearningInstance.Generator, instance =>
        {
            var plan = instance.Plan(LearningObjective.Hours);
            var closed = plan.Offerings.SelectMany(o => o.ClosesSkills).Concat(plan.UncoveredSkills).Select(n => n.SkillId).ToHashSet();
            var certs = plan.Offerings.SelectMany(o => o.ClosesCertifications).Concat(plan.UncoveredCertifications.Select(u => u.Need)).ToHashSet();
            return instance.Skills.Where(n => n.Gap > 0).All(n => closed.Contains(n.SkillId))
                   && instance.Certifications.All(certs.Contains)
                   && plan.UncoveredSkills.All(n => !instance.Offerings.Any(o => o.Raises.Any(r => r.SkillId == n.SkillId && r.Level >= n.RequiredLevel)))
                   && Math.Abs(plan.SelfStudyHours - (plan.UncoveredSkills.Sum(n => n.Gap * 80) + plan.UncoveredCertifications.Sum(c => c.PreparationHours))) < 1e-9;
        }, runs: 300);
    }

    /// <summary>
    /// The planner is exact up to 64 needs; beyond that, or past the node limit, it falls back to greedy + improvement
    /// (a node limit of 0 forces the fallback, except for a single coverable need, which is solved directly).
    /// This measures that fallback against the brute-force optimum (docs/matcher.md quotes the figures).
    /// </summary>
    [Fact]
    public void Greedy_with_improvement_stays_within_ten_percent_of_the_optimum_on_average()
    {
        var greedyOnly = new MatchingOptions { ExactCoverNodeLimit = 0 };
        foreach (var objective in new[] { LearningObjective.Hours, LearningObjective.Cost })
        {
            var ratios = new List<double>();
            foreach (var instance in LearningInstance.Fixed(1000))
            {
                var optimum = BruteForceCover.Optimum(instance, objective).Cost;
                var greedy = instance.Plan(objective, greedyOnly);
                var exact = instance.Plan(objective);
                Assert.True(exact.ProvedOptimal);
                var cost = objective == LearningObjective.Hours ? greedy.OfferingHours : greedy.OfferingCost;
                ratios.Add(optimum == 0 ? (cost == 0 ? 1 : double.PositiveInfinity) : cost / optimum);
            }
            output.WriteLine($"learning plan, {objective}: greedy+improvement / optimum over {ratios.Count} instances: mean {ratios.Average():F4}, worst {ratios.Max():F4}; exact planner: 1.0000 / 1.0000");
            Assert.True(ratios.Average() <= 1.10, $"mean ratio {ratios.Average():F4}");
        }
    }
}
