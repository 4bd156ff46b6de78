using CareerPaths.Api.Seeding.DemoPeople;

namespace CareerPaths.Api.Tests.Seeding.DemoPeople;

public sealed class SplitMix64Tests
{
    [Fact]
    public void ItProducesTheReferenceSequence()
    {
        // The reference implementation's output for seed 1234567 (Vigna, splitmix64.c), recomputed independently.
        var random = new SplitMix64(1234567);

        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];

        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void BoundedNumbersFollowLemiresMethodExactly()
    {
        // Expected values computed with Python's unbounded integers from the same sequence.
        var random = new SplitMix64(1234567);

        Assert.Equal([3, 1, 5, 2, 8, 4, 5, 2, 4, 8], Enumerable.Range(0, 10).Select(_ => random.NextInt(10)));
    }

    [Fact]
    public void BoundedNumbersStayInRangeAndCoverItEvenly()
    {
        var random = new SplitMix64(7);
        var counts = new int[6];

        for (var i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }

        // 10,000 expected per face; a fair generator is within 3% of it with overwhelming probability.
        Assert.All(counts, count => Assert.InRange(count, 9_700, 10_300));
    }

    [Fact]
    public void WeightedPicksFollowTheWeights()
    {
        var random = new SplitMix64(11);
        string[] items = ["rare", "common"];

        var rare = Enumerable.Range(0, 40_000).Count(_ => random.PickWeighted(items, item => item == "rare" ? 1 : 3) == "rare");

        Assert.InRange(rare, 9_500, 10_500);
    }

    [Fact]
    public void StreamsForDifferentPeopleAreIndependent()
    {
        var first = SplitMix64.ForStream(42, 1);
        var second = SplitMix64.ForStream(42, 2);
        var firstAgain = SplitMix64.ForStream(42, 1);

        Assert.NotEqual(first.NextUInt64(), second.NextUInt64());
        Assert.Equal(SplitMix64.ForStream(42, 1).NextUInt64(), firstAgain.NextUInt64());
    }
}
