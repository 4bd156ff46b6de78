using CareerPaths.Matching.Evaluation.Onet;
using CareerPaths.Matching.Similarity;
using CareerPaths.Matching.Tests.Support;
using Xunit.Abstractions;

namespace CareerPaths.Matching.Tests.Similarity;

public class RoleSimilarityTests(ITestOutputHelper output)
{
    [Fact]
    public void Similarity_is_symmetric_and_most_similar_lists_are_ordered_without_the_role_itself()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var similarity = world.Catalogue.Similarity;
            var ids = world.Data.Roles.Select(r => r.Id).ToList();
            return ids.All(a => ids.All(b => Math.Abs(similarity.Score(a, b) - similarity.Score(b, a)) < 1e-12))
                   && ids.All(a =>
                   {
                       var top = similarity.MostSimilar(a, 3);
                       return top.All(t => t.RoleId != a) && top.Zip(top.Skip(1)).All(x => x.First.Score > x.Second.Score
                              || (x.First.Score == x.Second.Score && x.First.RoleId < x.Second.RoleId));
                   });
        }, runs: 100);
    }

    [Fact]
    public void Similarity_beats_plain_cosine_on_ONET_related_occupations()
    {
        var data = OnetData.Load(SharedDatasets.Onet);
        var roles = OnetRoles.From(data);
        var similarity = RoleSimilarity.Build(roles);
        var ours = RelatedOccupationsScore.Of(data, (a, b) => similarity.Score(roles[a].Id, roles[b].Id));
        var baseline = RelatedOccupationsScore.Of(data, PlainCosine.Over(data));
        var heldOut = RelatedOccupationsScore.Of(data, (a, b) => similarity.Score(roles[a].Id, roles[b].Id), a => a % 2 == 1);
        var heldOutBaseline = RelatedOccupationsScore.Of(data, PlainCosine.Over(data), a => a % 2 == 1);
        output.WriteLine($"precision@10={ours.PrecisionAt10:F4} recall@10_primary={ours.RecallAt10Primary:F4} baseline_precision@10={baseline.PrecisionAt10:F4}; held-out half {heldOut.PrecisionAt10:F4} vs {heldOutBaseline.PrecisionAt10:F4}");
        Assert.Equal(879, ours.Queries);
        Assert.InRange(baseline.PrecisionAt10, 0.34, 0.35);
        Assert.True(ours.PrecisionAt10 > baseline.PrecisionAt10 + 0.015);
        Assert.True(ours.RecallAt10Primary > baseline.RecallAt10Primary);
        Assert.True(heldOut.PrecisionAt10 > heldOutBaseline.PrecisionAt10);
    }

    /// <summary>
    /// Kept pairs and pairs computed on demand give the same scores bit for bit, and the neighbour lists (sorted
    /// insertion for a few, a full sort for many) are the plain LINQ order: score descending, then id.
    /// </summary>
    [Fact]
    public void Kept_and_computed_cosines_give_the_same_scores_and_neighbours_in_LINQ_order()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var random = new Random(seed);
            var k = random.Next(1, 8);
            var kept = RoleSimilarity.Build(world.Data.Roles, k, storePairsUpTo: int.MaxValue);
            var computed = RoleSimilarity.Build(world.Data.Roles, k, storePairsUpTo: 0);
            var ids = world.Data.Roles.Select(r => r.Id).Order().ToList();
            var scores = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Math.Round(random.NextDouble() * 4) / 4).ToArray(); // many ties
            return ids.All(a => ids.All(b => kept.Score(a, b).Equals(computed.Score(a, b))))
                   && Enumerable.Range(0, ids.Count + 2).All(count =>
                       ids.All(a => kept.MostSimilar(a, count).SequenceEqual(computed.MostSimilar(a, count))
                                    && kept.MostSimilar(a, count).Select(x => x.RoleId).SequenceEqual(ids.Where(b => b != a)
                                        .OrderByDescending(b => kept.Score(a, b)).ThenBy(b => b).Take(count))))
                   && Enumerable.Range(0, scores.Length + 2).All(count =>
                       RoleSimilarity.TopIndexes(scores, count % scores.Length, count).SequenceEqual(Enumerable.Range(0, scores.Length)
                           .Where(b => b != count % scores.Length).OrderByDescending(b => scores[b]).ThenBy(b => b).Take(count)));
        }, runs: 100);
    }
}
