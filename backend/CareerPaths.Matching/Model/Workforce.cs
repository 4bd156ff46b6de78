using CareerPaths.Matching.Evidence;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Model;

/// <summary>
/// The people side of the read model: everyone's effective levels on one reference date, packed one byte per
/// (skill, person) in skill-major order — a role's few skill columns are contiguous runs of people, which is what
/// the organisation-wide queries scan. Bits 0–2 hold the level, bit 3 marks stale evidence. Valid certifications
/// are one bit set of people per certification. Build it once per reference date and data version, then share it.
/// </summary>
public sealed class Workforce
{
    internal const byte LevelMask = 7;
    internal const byte StaleBit = 8;
    private readonly Dictionary<int, int> _indexById;

    private Workforce(MatchingCatalogue catalogue, IReadOnlyList<PersonProfile> people, IReadOnlyList<OrgUnit> orgUnits, DateOnly referenceDate)
    {
        Catalogue = catalogue;
        ReferenceDate = referenceDate;
        People = [.. people.OrderBy(p => p.Id)];
        PersonIds = [.. People.Select(p => p.Id)];
        _indexById = new Dictionary<int, int>(People.Length);
        for (var p = 0; p < People.Length; p++)
        {
            if (!_indexById.TryAdd(People[p].Id, p))
            {
                throw new ArgumentException($"Person {People[p].Id} is listed more than once.", nameof(people));
            }
        }
        OrgUnits = OrgTree.Build(orgUnits);
        Levels = new byte[catalogue.Skills.Count * Count];
        ValidCertifications = new ulong[catalogue.CertificationIds.Length][];
        for (var c = 0; c < ValidCertifications.Length; c++)
        {
            ValidCertifications[c] = new ulong[(Count + 63) / 64];
        }
        CurrentRole = new int[Count];
        OrgUnitOf = new int[Count];
        var keys = new byte[catalogue.Skills.Count];
        var touched = new List<int>();
        for (var p = 0; p < Count; p++)
        {
            Index(p, keys, touched);
        }
        Holders = [.. Enumerable.Range(0, catalogue.Roles.Length).Select(_ => new List<int>())];
        for (var p = 0; p < Count; p++)
        {
            if (CurrentRole[p] >= 0) Holders[CurrentRole[p]].Add(p);
        }
    }

    public static Workforce Build(MatchingCatalogue catalogue, IReadOnlyList<PersonProfile> people, IReadOnlyList<OrgUnit> orgUnits, DateOnly referenceDate) =>
        new(catalogue, people, orgUnits, referenceDate);

    public MatchingCatalogue Catalogue { get; }

    public DateOnly ReferenceDate { get; }

    public int Count => People.Length;

    internal PersonProfile[] People { get; }

    /// <summary>Person id by index (ascending), kept apart from the profiles so scans stay in cache.</summary>
    internal int[] PersonIds { get; }

    internal OrgTree OrgUnits { get; }

    /// <summary>Packed effective levels, index <c>column * Count + person</c>.</summary>
    internal byte[] Levels { get; }

    internal ulong[][] ValidCertifications { get; }

    /// <summary>Catalogue role index of each person's current role, -1 when none (or not published).</summary>
    internal int[] CurrentRole { get; }

    /// <summary>Org tree index of each person's unit, -1 when none or unknown.</summary>
    internal int[] OrgUnitOf { get; }

    /// <summary>People holding each role now, in person order.</summary>
    internal List<int>[] Holders { get; }

    public bool HasPerson(int personId) => _indexById.ContainsKey(personId);

    internal int IndexOf(int personId) =>
        _indexById.TryGetValue(personId, out var index) ? index : throw new ArgumentException($"Unknown person {personId}.", nameof(personId));

    internal int LevelOf(int column, int person) => Levels[column * Count + person] & LevelMask;

    internal bool HoldsValid(int certificationIndex, int person) =>
        (ValidCertifications[certificationIndex][person >> 6] >> (person & 63) & 1) != 0;

    /// <summary>One person's packed levels by skill column (gathered once, then reused across roles).</summary>
    internal byte[] RowOf(int person)
    {
        var row = new byte[Catalogue.Skills.Count];
        for (var c = 0; c < row.Length; c++) row[c] = Levels[c * Count + person];
        return row;
    }

    /// <summary>The person's evidence resolved into effective levels, with sources, for explanations.</summary>
    internal IReadOnlyList<EffectiveLevel> EffectiveLevelsOf(int person) =>
        EffectiveLevels.Compute(People[person], Catalogue.Certifications, ReferenceDate, Catalogue.Options);

    /// <summary>One person's column of the read model; <paramref name="keys"/> is all zero before and after.</summary>
    private void Index(int p, byte[] keys, List<int> touched)
    {
        var person = People[p];
        LevelKeys.Collect(person, Catalogue, ReferenceDate, keys, touched);
        foreach (var column in touched)
        {
            Levels[column * Count + p] = LevelKeys.Packed(keys[column]);
            keys[column] = 0;
        }
        touched.Clear();
        for (var h = 0; h < person.Certifications.Count; h++)
        {
            var held = person.Certifications[h];
            var c = Catalogue.CertificationIndexOf(held.CertificationId);
            if (c >= 0 && CertificationValidity.IsValidOn(held, Catalogue.Certifications.GetValueOrDefault(held.CertificationId), ReferenceDate))
            {
                ValidCertifications[c][p >> 6] |= 1UL << (p & 63);
            }
        }
        CurrentRole[p] = Catalogue.RoleIndexOrMinusOne(person.CurrentRoleId);
        OrgUnitOf[p] = OrgUnits.IndexOrMinusOne(person.OrgUnitId);
    }
}
