using System.Numerics;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Succession;

/// <summary>
/// The elements that block "ready now" (essential requirements, required certification groups) renumbered
/// densely, so a person's blocking gaps fit in 32 bits and the cover memo can be an array.
/// </summary>
internal sealed class BlockingElements
{
    public const int MaxDense = 32;

    private BlockingElements(uint[] ofRequirement, uint[] ofGroup, ulong[] tableBit) =>
        (DenseBitOfRequirement, DenseBitOfGroup, TableBit) = (ofRequirement, ofGroup, tableBit);

    /// <summary>Dense bit of each requirement (0 for desirable ones).</summary>
    public uint[] DenseBitOfRequirement { get; }

    public uint[] DenseBitOfGroup { get; }

    /// <summary>The cover-table bit of each dense position.</summary>
    public ulong[] TableBit { get; }

    public int Count => TableBit.Length;

    /// <summary>Null when the role has more than <see cref="MaxDense"/> blocking elements.</summary>
    public static BlockingElements? Of(IndexedRole role)
    {
        if (role.Essential.Count(e => e) + role.RequiredGroups.Length > MaxDense)
        {
            return null;
        }
        var tableBits = new List<ulong>();
        var ofRequirement = new uint[role.RequirementCount];
        for (var q = 0; q < role.RequirementCount; q++)
        {
            if (role.Essential[q]) ofRequirement[q] = Next(1UL << q);
        }
        var ofGroup = new uint[role.RequiredGroups.Length];
        for (var g = 0; g < ofGroup.Length; g++) ofGroup[g] = Next(1UL << (role.RequirementCount + g));
        return new BlockingElements(ofRequirement, ofGroup, [.. tableBits]);

        uint Next(ulong tableBit)
        {
            tableBits.Add(tableBit);
            return 1U << (tableBits.Count - 1);
        }
    }

    public ulong ToTable(uint dense)
    {
        var mask = 0UL;
        for (; dense != 0; dense &= dense - 1) mask |= TableBit[BitOperations.TrailingZeroCount(dense)];
        return mask;
    }
}

/// <summary>Offering hours of the cheapest cover per distinct set of blocking gaps (array-backed up to 16 elements).</summary>
internal sealed class CoverHoursMemo(CoverTable table, BlockingElements blocking, int nodeLimit)
{
    private readonly double[]? _byMask = blocking.Count <= 16 ? Filled(1 << blocking.Count) : null;
    private readonly Dictionary<uint, double> _byKey = [];

    public double For(uint dense)
    {
        if (_byMask is not null && !double.IsNaN(_byMask[dense]))
        {
            return _byMask[dense];
        }
        if (_byMask is null && _byKey.TryGetValue(dense, out var known))
        {
            return known;
        }
        var hours = RoleCover.Solve(table, blocking.ToTable(dense) & table.Coverable, LearningObjective.Hours, nodeLimit).Hours;
        if (_byMask is not null) _byMask[dense] = hours;
        else _byKey[dense] = hours;
        return hours;
    }

    private static double[] Filled(int size)
    {
        var array = new double[size];
        Array.Fill(array, double.NaN);
        return array;
    }
}
