using CareerPaths.Matching.Evidence;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Model;

/// <summary>One person gathered out of the workforce for single-person queries: levels by column, valid certifications.</summary>
internal sealed class PersonSnapshot
{
    private PersonSnapshot(Workforce workforce, int index)
    {
        Index = index;
        Profile = workforce.People[index];
        Row = workforce.RowOf(index);
        ValidCertifications = [.. Enumerable.Range(0, workforce.Catalogue.CertificationIds.Length).Select(c => workforce.HoldsValid(c, index))];
        CurrentRole = workforce.CurrentRole[index];
        _levels = new Lazy<IReadOnlyList<EffectiveLevel>>(() => workforce.EffectiveLevelsOf(index));
    }

    private readonly Lazy<IReadOnlyList<EffectiveLevel>> _levels;

    public int Index { get; }

    public PersonProfile Profile { get; }

    /// <summary>Packed effective level per skill column (see <see cref="Workforce"/>).</summary>
    public byte[] Row { get; }

    public bool[] ValidCertifications { get; }

    public int CurrentRole { get; }

    /// <summary>Effective levels with their sources, resolved only when an explanation needs them.</summary>
    public IReadOnlyList<EffectiveLevel> Levels => _levels.Value;

    public static PersonSnapshot Of(Workforce workforce, int personId) => new(workforce, workforce.IndexOf(personId));

    public int LevelAt(int column) => Row[column] & Workforce.LevelMask;

    /// <summary>Current level for each of the role's requirements.</summary>
    public double[] CurrentFor(IndexedRole role)
    {
        var current = new double[role.RequirementCount];
        FillCurrent(role, current);
        return current;
    }

    public void FillCurrent(IndexedRole role, Span<double> current)
    {
        for (var q = 0; q < current.Length; q++) current[q] = LevelAt(role.Columns[q]);
    }

    /// <summary>Whether each required certification group of the role is satisfied by a valid certification.</summary>
    public bool[] SatisfiedGroups(IndexedRole role)
    {
        var satisfied = new bool[role.RequiredGroups.Length];
        FillSatisfied(role, satisfied);
        return satisfied;
    }

    public void FillSatisfied(IndexedRole role, Span<bool> satisfied)
    {
        for (var g = 0; g < satisfied.Length; g++)
        {
            satisfied[g] = false;
            foreach (var c in role.RequiredGroups[g]) satisfied[g] |= ValidCertifications[c];
        }
    }
}
