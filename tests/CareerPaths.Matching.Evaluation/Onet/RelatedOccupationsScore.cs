namespace CareerPaths.Matching.Evaluation.Onet;

/// <summary>
/// For each occupation that has both skill ratings and a Related Occupations list: the 10 other occupations a
/// similarity ranks highest (ties by code), scored against the list. precision@10 = |top 10 ∩ all 20 related| / 10;
/// recall@10 of the primary = |top 10 ∩ primary| / |primary| (10 everywhere in 29.3). Related occupations without
/// skill ratings cannot be retrieved and still count in the denominators.
/// </summary>
public static class RelatedOccupationsScore
{
    public sealed record Score(double PrecisionAt10, double RecallAt10Primary, int Queries);

    /// <param name="data">The loaded O*NET files.</param>
    /// <param name="similarity">Similarity by occupation position; higher is more similar.</param>
    /// <param name="include">Which query occupations (by position) to average over; all when null.</param>
    public static Score Of(OnetData data, Func<int, int, double> similarity, Func<int, bool>? include = null)
    {
        double precision = 0, recall = 0;
        var queries = 0;
        var n = data.Occupations.Count;
        for (var a = 0; a < n; a++)
        {
            if ((include is not null && !include(a)) || !data.Related.TryGetValue(data.Occupations[a].Code, out var related))
            {
                continue;
            }
            var top = Enumerable.Range(0, n).Where(b => b != a)
                .Select(b => (b, s: similarity(a, b)))
                .OrderByDescending(x => x.s).ThenBy(x => x.b)
                .Take(10)
                .Select(x => data.Occupations[x.b].Code)
                .ToHashSet();
            var primary = related.Where(r => r.IsPrimary).Select(r => r.Code).ToList();
            precision += related.Count(r => top.Contains(r.Code)) / 10.0;
            recall += primary.Count == 0 ? 0 : primary.Count(top.Contains) / (double)primary.Count;
            queries++;
        }
        return new Score(precision / queries, recall / queries, queries);
    }
}
