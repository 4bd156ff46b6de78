namespace CareerPaths.Matching.Evaluation.Onet;

/// <summary>The baseline: cosine over raw Importance × Level vectors (all 35 skills, as published).</summary>
public static class PlainCosine
{
    public static Func<int, int, double> Over(OnetData data)
    {
        var vectors = data.Occupations
            .Select(o => data.SkillElementIds.Select(e => o.Skills.TryGetValue(e, out var r) ? r.Importance * r.Level : 0).ToArray())
            .ToArray();
        var norms = vectors.Select(v => Math.Sqrt(v.Sum(x => x * x))).ToArray();
        return (a, b) => vectors[a].Zip(vectors[b]).Sum(x => x.First * x.Second) / (norms[a] * norms[b]);
    }
}
