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
    private readonly double[]? _cosines;

    private RoleSimilarity(int[] roleIds, double[] vectors, int dimensions, int hubnessNeighbourhood, int storePairsUpTo)
    {
        _roleIds = roleIds;
        _indexById = roleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        _vectors = vectors;
        _dimensions = dimensions;
        _cosines = roleIds.Length <= storePairsUpTo ? CosineMatrix() : null;
        _hubness = new double[roleIds.Length];
        var k = Math.Min(hubnessNeighbourhood, roleIds.Length - 1);
        var row = new double[roleIds.Length];
        var nearest = new double[Math.Max(k, 0)];
        for (var a = 0; a < roleIds.Length && k > 0; a++)
        {
            CosinesFrom(a, row);
            _hubness[a] = MeanOfLargest(row, a, nearest);
        }
    }

    /// <summary>
    /// Up to this many roles the cosine of every pair is computed once (half the matrix: it is symmetric) and kept,
    /// 8 bytes a pair (8 MB for 1,000 roles, 32 MB at the limit): the build needs every row twice (hubness, then the
    /// career graph's edges) and every suggestions request one. Beyond it rows are computed when asked for.
    /// </summary>
    internal const int StoredPairsUpTo = 2_048;

    /// <summary>Builds the similarity over these roles (ids must be distinct).</summary>
    public static RoleSimilarity Build(IReadOnlyList<RoleProfile> roles, int hubnessNeighbourhood = 50) =>
        Build(roles, hubnessNeighbourhood, StoredPairsUpTo);

    /// <summary>The same, choosing when the pairs are kept (tests hold both ways to the same scores).</summary>
    internal static RoleSimilarity Build(IReadOnlyList<RoleProfile> roles, int hubnessNeighbourhood, int storePairsUpTo)
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
        return new RoleSimilarity([.. ordered.Select(r => r.Id)], vectors, d, hubnessNeighbourhood, storePairsUpTo);
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
        CosinesFrom(a, scores);
        for (var b = 0; b < scores.Length; b++)
        {
            scores[b] = 2 * scores[b] - _hubness[a] - _hubness[b];
        }
    }

    /// <summary>
    /// Indexes of the best <paramref name="count"/> scores other than <paramref name="self"/>, ties by index: a
    /// sorted insertion for a few (the career graph asks every role for 5), a full sort for many.
    /// </summary>
    internal static int[] TopIndexes(double[] scores, int self, int count)
    {
        count = Math.Max(0, Math.Min(count, scores.Length - (self >= 0 && self < scores.Length ? 1 : 0)));
        if (count > 16)
        {
            return [.. Enumerable.Range(0, scores.Length).Where(b => b != self)
                .OrderByDescending(b => scores[b]).ThenBy(b => b).Take(count)];
        }
        var top = new int[count];
        var filled = 0;
        for (var b = 0; b < scores.Length && count > 0; b++)
        {
            // Visited in index order, so a later role beats an equal score only if that score is strictly higher.
            if (b == self || (filled == count && !Before(scores[b], scores[top[count - 1]])))
            {
                continue;
            }
            var i = filled < count ? filled++ : count - 1;
            for (; i > 0 && Before(scores[b], scores[top[i - 1]]); i--) top[i] = top[i - 1];
            top[i] = b;
        }
        return top;
    }

    /// <summary>Strictly ahead in descending order by the same comparison the LINQ order uses (<see cref="double.CompareTo(double)"/>).</summary>
    private static bool Before(double score, double other) => score.CompareTo(other) > 0;

    internal double ScoreByIndex(int a, int b) => 2 * Cosine(a, b) - _hubness[a] - _hubness[b];

    private double Cosine(int a, int b) => _cosines is null ? Dot(a, b) : _cosines[a * _roleIds.Length + b];

    private double Dot(int a, int b) =>
        SimilarityVectors.Dot(_vectors.AsSpan(a * _dimensions, _dimensions), _vectors.AsSpan(b * _dimensions, _dimensions));

    /// <summary>Every pair once: the dot product is symmetric bit for bit (same products, same order of sums).</summary>
    private double[] CosineMatrix()
    {
        var n = _roleIds.Length;
        var cosines = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a; b < n; b++)
            {
                cosines[a * n + b] = cosines[b * n + a] = Dot(a, b);
            }
        }
        return cosines;
    }

    private void CosinesFrom(int a, Span<double> row)
    {
        if (_cosines is not null)
        {
            _cosines.AsSpan(a * row.Length, row.Length).CopyTo(row);
            return;
        }
        for (var b = 0; b < row.Length; b++) row[b] = Dot(a, b);
    }

    /// <summary>
    /// Mean of the <c>nearest.Length</c> largest values of the row other than <paramref name="self"/>: a min-heap
    /// keeps them, then they are averaged in ascending order, as sorting the whole row and averaging its tail did.
    /// </summary>
    private static double MeanOfLargest(ReadOnlySpan<double> row, int self, double[] nearest)
    {
        var k = nearest.Length;
        var count = 0;
        for (var b = 0; b < row.Length; b++)
        {
            if (b == self)
            {
                continue;
            }
            if (count < k)
            {
                var i = count++;
                for (; i > 0 && row[b] < nearest[(i - 1) / 2]; i = (i - 1) / 2) nearest[i] = nearest[(i - 1) / 2];
                nearest[i] = row[b];
            }
            else if (row[b] > nearest[0])
            {
                var i = 0;
                for (int child; (child = 2 * i + 1) < k; i = child)
                {
                    if (child + 1 < k && nearest[child + 1] < nearest[child]) child++;
                    if (nearest[child] >= row[b]) break;
                    nearest[i] = nearest[child];
                }
                nearest[i] = row[b];
            }
        }
        Array.Sort(nearest);
        return nearest.Average();
    }

    private int IndexOf(int roleId) =>
        _indexById.TryGetValue(roleId, out var index) ? index : throw new ArgumentException($"Unknown role {roleId}.", nameof(roleId));
}
