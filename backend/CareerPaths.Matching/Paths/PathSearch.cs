using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Paths;

/// <summary>
/// The k cheapest simple routes to a target, best-first over partial routes. Step costs are never negative, and
/// the key (months, steps, role indexes in order) of a route is strictly greater than that of any of its
/// prefixes, so routes reach the target in exactly the order a full enumeration sorted by that key gives — the
/// property test checks it against brute force. Partial routes that cannot reach the target within the
/// remaining steps (hop distance over the graph) are never expanded.
/// </summary>
internal static class PathSearch
{
    public static List<FoundRoute> Run(
        MatchingCatalogue catalogue, PersonSnapshot person, int startRole, CareerEdge[] startEdges,
        int target, int k, int maxSteps)
    {
        var found = new List<FoundRoute>();
        if (k <= 0)
        {
            return found;
        }
        if (startRole == target)
        {
            found.Add(new FoundRoute([], [], 0));
            return found;
        }
        var hops = HopsTo(catalogue.Graph, target);
        var queue = new PriorityQueue<Partial, Partial>(Partial.Order);
        Expand(catalogue, person, null, startRole, startEdges, hops, target, maxSteps, queue);
        while (queue.Count > 0 && found.Count < k)
        {
            var partial = queue.Dequeue();
            var at = partial.Walked[^1];
            if (at == target)
            {
                found.Add(new FoundRoute(partial.Walked, partial.Edges, partial.Months));
                continue;
            }
            Expand(catalogue, person, partial, startRole, catalogue.Graph.Outgoing[at], hops, target, maxSteps, queue);
        }
        return found;
    }

    private static void Expand(
        MatchingCatalogue catalogue, PersonSnapshot person, Partial? from, int startRole, CareerEdge[] edges,
        int[] hops, int target, int maxSteps, PriorityQueue<Partial, Partial> queue)
    {
        var walked = from?.Walked ?? [];
        var steps = walked.Length + 1;
        foreach (var edge in edges)
        {
            if (edge.To == startRole || Array.IndexOf(walked, edge.To) >= 0 || hops[edge.To] > maxSteps - steps)
            {
                continue;
            }
            var cost = PathStepCost.Of(catalogue, person, walked, walked.Length, edge);
            var next = new Partial([.. walked, edge.To], [.. from?.Edges ?? [], edge], (from?.Months ?? 0) + cost.Months);
            queue.Enqueue(next, next);
        }
    }

    /// <summary>Fewest edges from each role to the target (int.MaxValue / 2 when unreachable).</summary>
    private static int[] HopsTo(CareerGraph graph, int target)
    {
        var hops = Enumerable.Repeat(int.MaxValue / 2, graph.Outgoing.Length).ToArray();
        hops[target] = 0;
        var queue = new Queue<int>([target]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var from in graph.Incoming[at])
            {
                if (hops[from] > hops[at] + 1)
                {
                    hops[from] = hops[at] + 1;
                    queue.Enqueue(from);
                }
            }
        }
        return hops;
    }

    private sealed record Partial(int[] Walked, CareerEdge[] Edges, double Months)
    {
        public static IComparer<Partial> Order { get; } = Comparer<Partial>.Create(Compare);

        private static int Compare(Partial a, Partial b)
        {
            if (a.Months != b.Months) return a.Months < b.Months ? -1 : 1;
            if (a.Walked.Length != b.Walked.Length) return a.Walked.Length < b.Walked.Length ? -1 : 1;
            return a.Walked.AsSpan().SequenceCompareTo(b.Walked);
        }
    }
}

/// <summary>A route found: role indexes walked (start excluded), the edge taken into each, and total months.</summary>
internal sealed record FoundRoute(int[] Walked, CareerEdge[] Edges, double Months);
