using System.Numerics;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.Learning;

/// <summary>
/// The cover search's building blocks on tables the planner tests do not reach: more than 64 sets (several words
/// of set bits) and costs with exact ties, near ties inside and outside the tolerance, zeros and negatives.
/// </summary>
public class ExactCoverTests
{
    [Fact]
    public void Undominated_keeps_exactly_the_sets_no_other_set_dominates()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var random = new Random(seed);
            var table = RandomTable(random, sets: random.Next(1, 150), elements: random.Next(1, 21));
            var target = RandomSubset(random, table.Coverable);
            return new[] { LearningObjective.Hours, LearningObjective.Cost }.All(objective =>
            {
                var kept = new ulong[table.Words];
                CoverReduction.Undominated(table, objective, target, kept);
                return Bits(kept).SequenceEqual(PairwiseUndominated(table, table.CostsFor(objective), target));
            });
        }, runs: 400);
    }

    [Fact]
    public void The_exact_cover_over_more_than_64_sets_is_the_brute_force_optimum()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            // A few sets touch the target, spread over a table of 65–160 sets; the rest cover other elements only.
            var random = new Random(seed);
            var count = random.Next(65, 161);
            var elements = random.Next(2, 9);
            var real = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(random.Next(2, 11)).Order().ToArray();
            var masks = new ulong[count];
            for (var s = 0; s < count; s++)
            {
                masks[s] = real.Contains(s) ? (ulong)random.Next(1, 1 << elements) : 1UL << random.Next(elements, 64);
            }
            var table = new CoverTable(masks, RandomCosts(random, count, nudged: false), RandomCosts(random, count, nudged: false), [.. Enumerable.Range(0, count)], 64);
            var target = RandomSubset(random, table.Coverable & ((1UL << elements) - 1));
            return new[] { LearningObjective.Hours, LearningObjective.Cost }.All(objective =>
                ExactCover.Solve(table, objective, target, 200_000)!.SequenceEqual(BruteForce(table, table.CostsFor(objective), real, target)));
        }, runs: 300);
    }

    [Fact]
    public void A_forced_cover_is_the_brute_force_optimum_and_gives_up_at_the_node_limit_the_search_would_reach()
    {
        var forcedSeen = 0;
        Properties.Hold(Properties.Seeds, seed =>
        {
            // Sets of one or two elements: once dominated sets are dropped, each element is often left with one.
            var random = new Random(seed);
            var count = random.Next(2, 12);
            var elements = random.Next(2, 9);
            var masks = Enumerable.Range(0, count).Select(_ => 1UL << random.Next(elements) | (random.Next(3) == 0 ? 1UL << random.Next(elements) : 0)).ToArray();
            var table = new CoverTable(masks, RandomCosts(random, count, nudged: false), RandomCosts(random, count, nudged: false), [.. Enumerable.Range(0, count)], elements);
            var target = RandomSubset(random, table.Coverable);
            return new[] { LearningObjective.Hours, LearningObjective.Cost }.All(objective =>
            {
                var optimum = BruteForce(table, table.CostsFor(objective), [.. Enumerable.Range(0, count)], target);
                var candidates = new ulong[1];
                CoverReduction.Undominated(table, objective, target, candidates);
                var forced = CoverReduction.Forced(table, target, candidates);
                if (forced < 0 || BitOperations.IsPow2(target))
                {
                    return ExactCover.Solve(table, objective, target, 200_000)!.SequenceEqual(optimum);
                }
                forcedSeen++;
                // The search takes every candidate on its one path: forced + 1 nodes.
                return ExactCover.Solve(table, objective, target, forced + 1)!.SequenceEqual(optimum)
                       && ExactCover.Solve(table, objective, target, forced) is null;
            });
        }, runs: 400);
        Assert.True(forcedSeen > 100, $"only {forcedSeen} forced instances");
    }

    /// <summary>The definition: t dominates s when it covers all s covers of the target and beats it on cost.</summary>
    private static IEnumerable<int> PairwiseUndominated(CoverTable table, double[] costs, ulong target)
    {
        var useful = Enumerable.Range(0, table.Masks.Length).Where(s => (table.Masks[s] & target) != 0).ToList();
        var total = 0.0;
        foreach (var s in useful) total += costs[s];
        var tolerance = 1e-9 * Math.Max(1, total);
        return useful.Where(s => !useful.Any(t =>
        {
            ulong mt = table.Masks[t] & target, ms = table.Masks[s] & target;
            return t != s && (ms & ~mt) == 0 && (costs[s] - costs[t] > tolerance || (costs[t] == costs[s] && t < s));
        }));
    }

    private static int[] BruteForce(CoverTable table, double[] costs, int[] real, ulong target)
    {
        (int[] Sets, double Cost)? best = null;
        for (var subset = 0; subset < 1 << real.Length; subset++)
        {
            var chosen = real.Where((_, i) => (subset >> i & 1) != 0).ToArray();
            var covered = chosen.Aggregate(0UL, (m, s) => m | table.Masks[s]);
            if ((target & ~covered) != 0) continue;
            var cost = chosen.Sum(s => costs[s]);
            if (best is null || CostOrder.Compare(cost, chosen, best.Value.Cost, best.Value.Sets) < 0) best = (chosen, cost);
        }
        return best!.Value.Sets;
    }

    private static CoverTable RandomTable(Random random, int sets, int elements)
    {
        var masks = Enumerable.Range(0, sets).Select(_ => RandomSubset(random, elements == 64 ? ulong.MaxValue : (1UL << elements) - 1) | 1UL << random.Next(elements)).ToArray();
        return new CoverTable(masks, RandomCosts(random, sets, nudged: true), RandomCosts(random, sets, nudged: true), [.. Enumerable.Range(0, sets)], elements);
    }

    /// <summary>
    /// Few distinct base costs (exact ties); nudged: some moved by less or more than the tie tolerance, and zeros and
    /// negatives. Brute force and branch and bound agree only without those (the tolerance is not transitive, and the
    /// search's bounds assume costs of at least 0), so the search itself is tested on plain costs.
    /// </summary>
    private static double[] RandomCosts(Random random, int count, bool nudged)
    {
        var bases = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(nudged ? -2 : 1, 40) * 4.0).ToArray();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var cost = bases[random.Next(bases.Length)];
            return (nudged ? random.Next(4) : 1) switch
            {
                0 => cost + (random.Next(2) == 0 ? 1 : -1) * Math.Pow(10, -random.Next(5, 14)) * Math.Max(1, Math.Abs(cost)),
                _ => cost,
            };
        })];
    }

    private static ulong RandomSubset(Random random, ulong of)
    {
        var subset = 0UL;
        for (var bits = of; bits != 0; bits &= bits - 1)
        {
            if (random.Next(2) == 0) subset |= bits & ~(bits - 1);
        }
        return subset == 0 ? of & ~(of - 1) : subset;
    }

    private static IEnumerable<int> Bits(ulong[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            for (var bits = words[w]; bits != 0; bits &= bits - 1) yield return w * 64 + BitOperations.TrailingZeroCount(bits);
        }
    }
}
