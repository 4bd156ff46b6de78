using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Model;

/// <summary>Org units in id order with parent indexes, and a parent-before-child order for roll-ups.</summary>
internal sealed class OrgTree
{
    private readonly Dictionary<int, int> _indexById;

    private OrgTree(int[] ids, int[] parent, int[] topDown)
    {
        Ids = ids;
        Parent = parent;
        TopDown = topDown;
        _indexById = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
    }

    public int[] Ids { get; }

    /// <summary>Parent index, -1 at a root (or when the parent is unknown).</summary>
    public int[] Parent { get; }

    /// <summary>Every unit after its parent.</summary>
    public int[] TopDown { get; }

    public int Count => Ids.Length;

    public static OrgTree Build(IReadOnlyList<OrgUnit> units)
    {
        var ordered = units.OrderBy(u => u.Id).ToArray();
        var index = ordered.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var parent = ordered.Select(u => u.ParentId is { } pid && index.TryGetValue(pid, out var pi) ? pi : -1).ToArray();
        var depth = new int[ordered.Length];
        for (var u = 0; u < ordered.Length; u++)
        {
            var steps = 0;
            for (var a = parent[u]; a >= 0; a = parent[a])
            {
                if (++steps > ordered.Length)
                {
                    throw new ArgumentException($"Org unit {ordered[u].Id} is its own ancestor.", nameof(units));
                }
            }
            depth[u] = steps;
        }
        var topDown = Enumerable.Range(0, ordered.Length).OrderBy(u => depth[u]).ThenBy(u => u).ToArray();
        return new OrgTree([.. ordered.Select(u => u.Id)], parent, topDown);
    }

    public int IndexOrMinusOne(int? id) => id is { } v && _indexById.TryGetValue(v, out var i) ? i : -1;

    /// <summary>True for the unit itself and every unit below it.</summary>
    public bool[] Subtree(int root)
    {
        var inside = new bool[Count];
        foreach (var u in TopDown)
        {
            inside[u] = u == root || (Parent[u] >= 0 && inside[Parent[u]]);
        }
        return inside;
    }
}
