using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Similarity;

/// <summary>
/// How alike two role profiles are, used for suggested roles and for skill-similarity edges of development paths.
/// Each role becomes a vector of importance × level over every skill any role mentions; the vector is centred on
/// its own mean (a role's overall intensity matters less than its shape), then each skill is centred on its mean
/// across roles (a skill every role needs says little), then normalised. Cosine of those vectors is corrected for
/// hubness (CSLS): score(a, b) = 2·cos(a, b) − r(a) − r(b), where r(x) is x's mean cosine to its k nearest roles,
/// so roles that are close to everything stop crowding every list. docs/matcher.md has the measured quality.
/// </summary>
public sealed class RoleSimilarity
{
    private readonly int[] _roleIds;
    private readonly Dictionary<int, int> _indexById;
    private readonly double[] _vectors;
    private readonly int _dimensions;
    private readonly double[] _hubness;

    private RoleSimilarity(int[] roleIds, double[] vectors, int dimensions, int hubnessNeighbourhood)
    {
        _roleIds = roleIds;
        _indexById = roleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        _vectors = vectors;
        _dimensions = dimensions;
        _hubness = new double[roleIds.Length];
        var k = Math.Min(hubnessNeighbourhood, roleIds.Length - 1);
        var row = new double[roleIds.Length];
        for (var a = 0; a < roleIds.Length && k > 0; a++)
        {
            for (var b = 0; b < roleIds.Length; b++)
            {
                row[b] = b == a ? double.NegativeInfinity : Cosine(a, b);
            }
            Array.Sort(row);
            _hubness[a] = row.AsSpan(row.Length - k).ToArray().Average();
        }
    }

    /// <summary>Builds the similarity over these roles (ids must be distinct).</summary>
    public static RoleSimilarity Build(IReadOnlyList<RoleProfile> roles, int hubnessNeighbourhood = 50)
    {
        var ordered = roles.OrderBy(r => r.Id).ToArray();
        var skillIds = ordered.SelectMany(r => r.Requirements).Where(q => q.Level > 0).Select(q => q.SkillId).Distinct().Order().ToArray();
        var column = skillIds.Select((id, c) => (id, c)).ToDictionary(x => x.id, x => x.c);
        var d = skillIds.Length;
        var vectors = new double[ordered.Length * d];
        for (var r = 0; r < ordered.Length; r++)
        {
            foreach (var q in ordered[r].Requirements.Where(q => q.Level > 0))
            {
                vectors[r * d + column[q.SkillId]] = Math.Max(vectors[r * d + column[q.SkillId]], q.Importance * q.Level);
            }
        }
        SimilarityVectors.CentreRows(vectors, ordered.Length, d);
        SimilarityVectors.CentreColumns(vectors, ordered.Length, d);
        SimilarityVectors.Normalise(vectors, ordered.Length, d);
        return new RoleSimilarity([.. ordered.Select(r => r.Id)], vectors, d, hubnessNeighbourhood);
    }

    public IReadOnlyList<int> RoleIds => _roleIds;

    /// <summary>The hubness-corrected score; higher is more alike. Symmetric; not bounded to [0, 1].</summary>
    public double Score(int roleIdA, int roleIdB) => ScoreByIndex(IndexOf(roleIdA), IndexOf(roleIdB));

    /// <summary>The <paramref name="count"/> most similar other roles, best first; equal scores by lower id.</summary>
    public IReadOnlyList<(int RoleId, double Score)> MostSimilar(int roleId, int count)
    {
        var a = IndexOf(roleId);
        var scores = new double[_roleIds.Length];
        ScoresFrom(a, scores);
        return [.. TopIndexes(scores, a, count).Select(b => (_roleIds[b], scores[b]))];
    }

    internal void ScoresFrom(int a, double[] scores)
    {
        for (var b = 0; b < _roleIds.Length; b++)
        {
            scores[b] = ScoreByIndex(a, b);
        }
    }

    /// <summary>Indexes of the best <paramref name="count"/> scores other than <paramref name="self"/>, ties by index.</summary>
    internal static int[] TopIndexes(double[] scores, int self, int count) =>
        [.. Enumerable.Range(0, scores.Length).Where(b => b != self)
            .OrderByDescending(b => scores[b]).ThenBy(b => b).Take(count)];

    internal double ScoreByIndex(int a, int b) => 2 * Cosine(a, b) - _hubness[a] - _hubness[b];

    private double Cosine(int a, int b) =>
        SimilarityVectors.Dot(_vectors.AsSpan(a * _dimensions, _dimensions), _vectors.AsSpan(b * _dimensions, _dimensions));

    private int IndexOf(int roleId) =>
        _indexById.TryGetValue(roleId, out var index) ? index : throw new ArgumentException($"Unknown role {roleId}.", nameof(roleId));
}
