namespace CareerPaths.Matching.Learning;

/// <summary>
/// A weighted set-cover instance over at most 64 elements (gap items): each candidate offering is a bit mask of
/// the items it closes. Sets are kept in offering-id order, so "lower set index" means "lower offering id".
/// </summary>
internal sealed class CoverTable
{
    public const int MaxElements = 64;

    public CoverTable(ulong[] masks, double[] hours, double[] costs, int[] offeringIndexes, int elementCount)
    {
        Masks = masks;
        Hours = hours;
        Costs = costs;
        OfferingIndexes = offeringIndexes;
        ElementCount = elementCount;
        Words = (masks.Length + 63) / 64;
        Coverers = new ulong[elementCount * Words];
        var byElement = new List<int>[elementCount];
        for (var e = 0; e < elementCount; e++)
        {
            byElement[e] = [];
        }
        for (var s = 0; s < masks.Length; s++)
        {
            Coverable |= masks[s];
            for (var bits = masks[s]; bits != 0; bits &= bits - 1)
            {
                var e = System.Numerics.BitOperations.TrailingZeroCount(bits);
                byElement[e].Add(s);
                Coverers[e * Words + s / 64] |= 1UL << (s % 64);
            }
        }
        SetsByElement = [.. byElement.Select(l => l.ToArray())];
        CheapestHours = CheapestPerElement(hours);
        CheapestCosts = CheapestPerElement(costs);
        HoursDominance = new CoverDominance(hours, Words);
        CostsDominance = ReferenceEquals(costs, hours) ? HoursDominance : new CoverDominance(costs, Words);
    }

    public ulong[] Masks { get; }

    public double[] Hours { get; }

    public double[] Costs { get; }

    /// <summary>Index of each set's offering in the catalogue's offering list.</summary>
    public int[] OfferingIndexes { get; }

    public int ElementCount { get; }

    /// <summary>Sets covering each element, in set order.</summary>
    public int[][] SetsByElement { get; }

    /// <summary>Words of a bit set over the sets (64 sets a word).</summary>
    public int Words { get; }

    /// <summary>The sets covering each element as bit sets: element e's are words <c>[e·Words, (e+1)·Words)</c>.</summary>
    public ulong[] Coverers { get; }

    /// <summary>Elements at least one set covers.</summary>
    public ulong Coverable { get; }

    /// <summary>Per element, the cheapest set covering it (+∞ when none): the search's lower bound.</summary>
    public double[] CheapestHours { get; }

    public double[] CheapestCosts { get; }

    public CoverDominance HoursDominance { get; }

    public CoverDominance CostsDominance { get; }

    public double[] CostsFor(LearningObjective objective) => objective == LearningObjective.Hours ? Hours : Costs;

    public double[] CheapestFor(LearningObjective objective) => objective == LearningObjective.Hours ? CheapestHours : CheapestCosts;

    public CoverDominance DominanceFor(LearningObjective objective) => objective == LearningObjective.Hours ? HoursDominance : CostsDominance;

    private double[] CheapestPerElement(double[] costs)
    {
        var cheapest = new double[ElementCount];
        for (var e = 0; e < ElementCount; e++)
        {
            cheapest[e] = double.PositiveInfinity;
            foreach (var s in SetsByElement[e]) cheapest[e] = Math.Min(cheapest[e], costs[s]);
        }
        return cheapest;
    }
}
