namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// A tiny, fully specified pseudo-random generator (Steele, Lea and Flood's SplitMix64). Ours rather than
/// System.Random because the committed people.json must be reproducible forever, and System.Random's seeded
/// sequence is not a documented contract. Only integer arithmetic, so every platform gives the same numbers.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An independent generator for one sub-task (e.g. one person), so changing one part does not shift the rest.</summary>
    public static SplitMix64 ForStream(ulong seed, ulong stream) => new(new SplitMix64(seed ^ (stream * 0xD1B54A32D192ED03UL)).NextUInt64());

    /// <summary>Uniform in [0, <paramref name="exclusiveMaximum"/>), without modulo bias (Lemire's method).</summary>
    public int NextInt(int exclusiveMaximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMaximum);
        var range = (ulong)exclusiveMaximum;
        while (true)
        {
            var product = Math.BigMul(NextUInt64(), range, out var low);
            if (low >= (0UL - range) % range)
            {
                return (int)product;
            }
        }
    }

    /// <summary>Uniform in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public int NextInt(int minimum, int maximum) => minimum + NextInt(maximum - minimum + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Percent(int percent) => NextInt(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];

    /// <summary>Picks an item with probability proportional to its (non-negative, not all zero) weight.</summary>
    public T PickWeighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var total = items.Sum(weight);
        var ticket = NextInt(total);
        foreach (var item in items)
        {
            ticket -= weight(item);
            if (ticket < 0)
            {
                return item;
            }
        }
        throw new InvalidOperationException("Weights changed while picking.");
    }
}
