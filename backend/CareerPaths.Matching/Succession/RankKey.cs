using CareerPaths.Matching.Fit;

namespace CareerPaths.Matching.Succession;

/// <summary>
/// The succession order packed into one 64-bit key: readiness in the top 2 bits, then the fit's own IEEE-754
/// bits inverted (for doubles in [0, 1] the bit pattern orders like the value and needs only 62 bits), so a
/// stable sort of people in id order by this key is exactly (readiness, fit descending, person id).
/// </summary>
internal static class RankKey
{
    private const ulong FitMask = (1UL << 62) - 1;

    public static ulong Of(Readiness readiness, double fit) =>
        ((ulong)readiness << 62) | (FitMask - (ulong)BitConverter.DoubleToInt64Bits(Math.Clamp(fit, 0, 1)));
}

/// <summary>Stable least-significant-digit radix sort of (key, value) pairs, 16 bits per pass.</summary>
internal static class RadixSort
{
    public static void Sort(ulong[] keys, int[] values, int count)
    {
        var keyBuffer = new ulong[count];
        var valueBuffer = new int[count];
        var counts = new int[1 << 16];
        ulong[] fromKeys = keys, toKeys = keyBuffer;
        int[] fromValues = values, toValues = valueBuffer;
        for (var shift = 0; shift < 64; shift += 16)
        {
            Array.Clear(counts);
            for (var i = 0; i < count; i++) counts[(int)(fromKeys[i] >> shift) & 0xFFFF]++;
            if (counts.Max() == count)
            {
                continue; // every key has the same digit here: nothing moves
            }
            var position = 0;
            for (var d = 0; d < counts.Length; d++) (counts[d], position) = (position, position + counts[d]);
            for (var i = 0; i < count; i++)
            {
                var slot = counts[(int)(fromKeys[i] >> shift) & 0xFFFF]++;
                toKeys[slot] = fromKeys[i];
                toValues[slot] = fromValues[i];
            }
            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromValues, toValues) = (toValues, fromValues);
        }
        if (!ReferenceEquals(fromKeys, keys))
        {
            Array.Copy(fromKeys, keys, count);
            Array.Copy(fromValues, values, count);
        }
    }
}
