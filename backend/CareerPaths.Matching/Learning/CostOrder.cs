namespace CareerPaths.Matching.Learning;

/// <summary>
/// The one tie-break every cover solver and oracle shares: lower total, then fewer offerings, then the
/// lexicographically smaller ascending list of offering indexes. Totals within 1e-9 (relative) are equal,
/// so sums taken in a different order never change the answer.
/// </summary>
internal static class CostOrder
{
    public static bool SameTotal(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Negative when (costA, setsA) is preferred over (costB, setsB); sets are ascending.</summary>
    public static int Compare(double costA, ReadOnlySpan<int> setsA, double costB, ReadOnlySpan<int> setsB)
    {
        if (!SameTotal(costA, costB))
        {
            return costA < costB ? -1 : 1;
        }
        if (setsA.Length != setsB.Length)
        {
            return setsA.Length < setsB.Length ? -1 : 1;
        }
        return setsA.SequenceCompareTo(setsB);
    }
}
