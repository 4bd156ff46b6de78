namespace CareerPaths.Matching.Learning;

/// <summary>
/// Remembers the fewest-hours cover of each set of gap elements a role has been asked about. The cover is a pure
/// function of the role's table and the set, so the cache never changes an answer; a role has at most 2^elements
/// such sets and people share them, so after a while readiness and path steps are lookups. Safe to share between
/// threads; stops growing at <see cref="Capacity"/> entries per role.
/// </summary>
/// <remarks>
/// A small open-addressing table rather than a ConcurrentDictionary: a request explaining every role touches a
/// thousand caches, and from cold each would otherwise build a dictionary (buckets, locks, counters) for one entry.
/// Readers take no lock: slots are published with a volatile write and an entry never changes once published, and a
/// table being replaced by a larger one stays valid for whoever still reads it — the worst a race costs is solving
/// a cover again. Writers take the lock; the table is at most half full, so every probe ends at an empty slot.
/// </remarks>
internal sealed class CoverCache(CoverTable table)
{
    public const int Capacity = 4096;
    private const int FirstSize = 8;
    private readonly Lock _gate = new();
    private Entry?[]? _slots;
    private int _count;

    public CoverResult FewestHours(ulong target, int nodeLimit)
    {
        if (TryFind(Volatile.Read(ref _slots), target, out var known))
        {
            return known;
        }
        var result = RoleCover.Solve(table, target, LearningObjective.Hours, nodeLimit);
        Remember(target, result);
        return result;
    }

    /// <summary>Drops everything remembered (benchmarks use it to measure cold requests).</summary>
    public void Forget()
    {
        lock (_gate)
        {
            Volatile.Write(ref _slots, null);
            _count = 0;
        }
    }

    /// <summary>Every entry a reader would find now, in slot order (tests use it to look for lost or torn entries).</summary>
    internal List<(ulong Target, CoverResult Result)> Remembered()
    {
        var found = new List<(ulong, CoverResult)>();
        foreach (var entry in Volatile.Read(ref _slots) ?? [])
        {
            if (entry is not null) found.Add((entry.Target, entry.Result));
        }
        return found;
    }

    private void Remember(ulong target, CoverResult result)
    {
        lock (_gate)
        {
            var slots = _slots;
            if (_count >= Capacity || TryFind(slots, target, out _))
            {
                return;
            }
            if (slots is null || (_count + 1) * 2 > slots.Length)
            {
                slots = new Entry?[slots is null ? FirstSize : slots.Length * 2];
                foreach (var entry in _slots ?? [])
                {
                    if (entry is not null) Place(slots, entry);
                }
            }
            Place(slots, new Entry(target, result));
            _count++;
            Volatile.Write(ref _slots, slots);
        }
    }

    private static bool TryFind(Entry?[]? slots, ulong target, out CoverResult result)
    {
        if (slots is not null)
        {
            for (var i = Start(slots, target); ; i = (i + 1) & (slots.Length - 1))
            {
                var entry = Volatile.Read(ref slots[i]);
                if (entry is null)
                {
                    break;
                }
                if (entry.Target == target)
                {
                    result = entry.Result;
                    return true;
                }
            }
        }
        result = default;
        return false;
    }

    private static void Place(Entry?[] slots, Entry entry)
    {
        var i = Start(slots, entry.Target);
        while (slots[i] is not null) i = (i + 1) & (slots.Length - 1);
        Volatile.Write(ref slots[i], entry);
    }

    /// <summary>Fibonacci hashing: gap sets differ in low bits, the multiply spreads them over the high ones.</summary>
    private static int Start(Entry?[] slots, ulong target) =>
        (int)((target * 0x9E3779B97F4A7C15UL) >> (64 - System.Numerics.BitOperations.Log2((uint)slots.Length))) & (slots.Length - 1);

    private sealed class Entry(ulong target, CoverResult result)
    {
        public ulong Target { get; } = target;

        public CoverResult Result { get; } = result;
    }
}
