using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Similarity;

namespace CareerPaths.Matching.Paths;

/// <summary>How a development-path step is justified.</summary>
public enum EdgeKind
{
    /// <summary>A transition HR curated.</summary>
    Curated = 0,

    /// <summary>One of the roles most similar to the step's starting role (skill-similarity edge).</summary>
    SkillSimilarity = 1,
}

/// <summary>One outgoing edge of the role graph (indexes are catalogue role indexes).</summary>
internal readonly record struct CareerEdge(int To, EdgeKind Kind, double TypicalYears);

/// <summary>
/// The graph development paths walk: every curated transition, plus an edge from each role to its most similar
/// roles. When both exist between the same two roles the curated edge (with its typical years) is kept.
/// Edges leave each role in target-index order, so searches visit them deterministically.
/// </summary>
internal sealed class CareerGraph
{
    private CareerGraph(CareerEdge[][] outgoing)
    {
        Outgoing = outgoing;
        var incoming = outgoing.Select(_ => new List<int>()).ToArray();
        for (var from = 0; from < outgoing.Length; from++)
        {
            foreach (var edge in outgoing[from]) incoming[edge.To].Add(from);
        }
        Incoming = [.. incoming.Select(l => l.ToArray())];
    }

    public CareerEdge[][] Outgoing { get; }

    /// <summary>Roles with an edge into each role.</summary>
    public int[][] Incoming { get; }

    public static CareerGraph Build(
        IReadOnlyList<RoleProfile> roles, IReadOnlyDictionary<int, int> indexById,
        IReadOnlyList<CareerTransition> transitions, RoleSimilarity similarity, int similarEdgesPerRole)
    {
        var edges = new Dictionary<int, CareerEdge>[roles.Count];
        for (var r = 0; r < roles.Count; r++)
        {
            edges[r] = [];
        }
        var scores = new double[roles.Count];
        for (var r = 0; r < roles.Count && similarEdgesPerRole > 0; r++)
        {
            similarity.ScoresFrom(r, scores);
            foreach (var to in RoleSimilarity.TopIndexes(scores, r, similarEdgesPerRole))
            {
                edges[r][to] = new CareerEdge(to, EdgeKind.SkillSimilarity, 0);
            }
        }
        foreach (var t in transitions)
        {
            if (indexById.TryGetValue(t.FromRoleId, out var from) && indexById.TryGetValue(t.ToRoleId, out var to) && from != to)
            {
                var years = edges[from].TryGetValue(to, out var existing) && existing.Kind == EdgeKind.Curated
                    ? Math.Min(existing.TypicalYears, t.TypicalYears)
                    : t.TypicalYears;
                edges[from][to] = new CareerEdge(to, EdgeKind.Curated, years);
            }
        }
        return new CareerGraph([.. edges.Select(e => e.Values.OrderBy(x => x.To).ToArray())]);
    }
}
