using CareerPaths.Matching.Model;
using CareerPaths.Matching.Paths;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>
/// Every simple route of at most maxSteps steps from the start to the target, costed step by step with the given
/// function, sorted by (months, steps, role indexes) and cut to k: the brute force development paths must equal.
/// </summary>
internal static class BruteForcePaths
{
    public delegate double StepMonths(int[] walked, int walkedCount, CareerEdge edge);

    public static List<FoundRoute> Enumerate(
        MatchingCatalogue catalogue, int startRole, CareerEdge[] startEdges, int target, int k, int maxSteps, StepMonths cost)
    {
        if (startRole == target)
        {
            return k > 0 ? [new FoundRoute([], [], 0)] : [];
        }
        var all = new List<FoundRoute>();
        Walk([], [], 0);
        return [.. all
            .OrderBy(r => r.Months).ThenBy(r => r.Walked.Length)
            .ThenBy(r => r.Walked, Comparer<int[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .Take(k)];

        void Walk(int[] walked, CareerEdge[] edges, double months)
        {
            var outgoing = walked.Length == 0 ? startEdges : catalogue.Graph.Outgoing[walked[^1]];
            foreach (var edge in outgoing.Where(e => e.To != startRole && !walked.Contains(e.To)))
            {
                var next = new FoundRoute([.. walked, edge.To], [.. edges, edge], months + cost(walked, walked.Length, edge));
                if (edge.To == target)
                {
                    all.Add(next);
                }
                else if (next.Walked.Length < maxSteps)
                {
                    Walk(next.Walked, next.Edges, next.Months);
                }
            }
        }
    }
}
