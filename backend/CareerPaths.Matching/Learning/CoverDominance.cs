namespace CareerPaths.Matching.Learning;

/// <summary>
/// The cost half of "set t dominates set s" (<see cref="CoverReduction.Undominated"/>), worked out once per table
/// and objective: t is cheaper than s by more than the tie tolerance of any total, or exactly as cheap with a lower
/// index. Only the cover half ("t covers all s covers of the target") is left to each target, and that is a few
/// AND operations over <see cref="CoverTable.Coverers"/> instead of a comparison of every pair of sets.
/// </summary>
/// <remarks>
/// The tolerance is 1e-9 × max(1, Σ costs of the sets useful for the target). Whatever the target, that lies
/// between 1e-9 and 1e-9 × max(1, Σ positive costs of the table) — floating-point addition and multiplication are
/// monotone, so the bound holds for the rounded sums too. A cost difference above the upper end beats for every
/// target, one at or below 1e-9 for none; the rare difference in between (or any pair once a cost is not finite)
/// is marked <see cref="Maybe"/> and decided per target with the exact expression.
/// </remarks>
internal sealed class CoverDominance
{
    public const double RelativeTolerance = 1e-9;

    public CoverDominance(double[] costs, int words)
    {
        Words = words;
        Beats = new ulong[costs.Length * words];
        Maybe = new ulong[costs.Length * words];
        var finite = true;
        var positive = 0.0;
        foreach (var c in costs)
        {
            finite &= double.IsFinite(c);
            if (c > 0) positive += c;
        }
        var widest = RelativeTolerance * Math.Max(1, positive);
        for (var s = 0; s < costs.Length; s++)
        {
            for (var t = 0; t < costs.Length; t++)
            {
                if (t == s)
                {
                    continue;
                }
                var bit = 1UL << (t % 64);
                var difference = costs[s] - costs[t];
                if (costs[t] == costs[s] && t < s)
                {
                    Beats[s * words + t / 64] |= bit;
                }
                else if (!finite || (difference > RelativeTolerance && difference <= widest))
                {
                    Maybe[s * words + t / 64] |= bit;
                }
                else if (difference > widest)
                {
                    Beats[s * words + t / 64] |= bit;
                }
            }
        }
    }

    public int Words { get; }

    /// <summary>Per set s (words <c>[s·Words, (s+1)·Words)</c>): the sets that beat it on cost for every target.</summary>
    public ulong[] Beats { get; }

    /// <summary>Per set s: the sets whose cost difference to it needs the target's own tolerance.</summary>
    public ulong[] Maybe { get; }

    /// <summary>The original test for one pair, with the target's tolerance.</summary>
    public static bool CostBeats(double[] costs, int t, int s, double tolerance) =>
        costs[s] - costs[t] > tolerance || (costs[t] == costs[s] && t < s);
}
