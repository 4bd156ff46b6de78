using System.Collections.Concurrent;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// Remembers the fewest-hours cover of each set of gap elements a role has been asked about. The cover is a pure
/// function of the role's table and the set, so the cache never changes an answer; a role has at most 2^elements
/// such sets and people share them, so after a while readiness and path steps are lookups. Safe to share between
/// threads; stops growing at <see cref="Capacity"/> entries per role.
/// </summary>
internal sealed class CoverCache(CoverTable table)
{
    public const int Capacity = 4096;
    private ConcurrentDictionary<ulong, CoverResult>? _byTarget;

    public CoverResult FewestHours(ulong target, int nodeLimit)
    {
        var byTarget = Volatile.Read(ref _byTarget);
        if (byTarget is not null && byTarget.TryGetValue(target, out var known))
        {
            return known;
        }
        var result = RoleCover.Solve(table, target, LearningObjective.Hours, nodeLimit);
        byTarget ??= Interlocked.CompareExchange(ref _byTarget, new ConcurrentDictionary<ulong, CoverResult>(), null) ?? _byTarget!;
        if (byTarget.Count < Capacity)
        {
            byTarget.TryAdd(target, result);
        }
        return result;
    }

    /// <summary>Drops everything remembered (benchmarks use it to measure cold requests).</summary>
    public void Forget() => Volatile.Write(ref _byTarget, null);
}
