namespace CareerPaths.Matching.Model;

/// <summary>Dense column numbers for the skills the catalogue mentions (roles, offerings, certifications), in id order.</summary>
internal sealed class SkillColumns
{
    private readonly Dictionary<int, int> _columnById;

    public SkillColumns(IEnumerable<int> skillIds)
    {
        Ids = [.. skillIds.Distinct().Order()];
        _columnById = Ids.Select((id, column) => (id, column)).ToDictionary(x => x.id, x => x.column);
    }

    public int[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>Column of a skill, or -1 when no role, offering or certification mentions it.</summary>
    public int ColumnOf(int skillId) => _columnById.TryGetValue(skillId, out var column) ? column : -1;
}
