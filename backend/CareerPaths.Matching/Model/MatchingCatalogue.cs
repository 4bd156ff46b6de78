using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Paths;
using CareerPaths.Matching.Similarity;

namespace CareerPaths.Matching.Model;

/// <summary>
/// The catalogue side of the read model, built once from plain records and shared by every query: dense skill
/// columns, roles as requirement arrays with their learning cover tables, role similarity and the career graph.
/// Immutable after <see cref="Build"/>, so one instance can serve concurrent requests.
/// </summary>
public sealed class MatchingCatalogue
{
    private readonly Dictionary<int, int> _roleIndexById;
    private readonly Dictionary<int, int> _certificationIndexById;

    private MatchingCatalogue(CatalogueData data, MatchingOptions options)
    {
        Options = options;
        Data = data;
        var roles = data.Roles.OrderBy(r => r.Id).ToArray();
        EnsureDistinct(roles.Select(r => r.Id), "role");
        Certifications = data.Certifications.ToDictionary(c => c.Id);
        Offerings = [.. data.Offerings.OrderBy(o => o.Id)];
        EnsureDistinct(Offerings.Select(o => o.Id), "offering");
        Skills = new SkillColumns(roles.SelectMany(r => r.Requirements.Select(q => q.SkillId))
            .Concat(Offerings.SelectMany(o => o.Raises.Select(x => x.SkillId)))
            .Concat(data.Certifications.SelectMany(c => c.Evidences.Select(x => x.SkillId))));
        CertificationIds = [.. data.Certifications.Select(c => c.Id)
            .Concat(roles.SelectMany(r => r.Certifications.SelectMany(g => g.AnyOf)))
            .Concat(Offerings.Where(o => o.CertificationId.HasValue).Select(o => o.CertificationId!.Value))
            .Distinct().Order()];
        _certificationIndexById = CertificationIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        _roleIndexById = roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        RaisesBySkill = new (int, int)[Skills.Count][];
        var raises = Enumerable.Range(0, Skills.Count).Select(_ => new List<(int, int)>()).ToArray();
        for (var o = 0; o < Offerings.Length; o++)
        {
            foreach (var raise in Offerings[o].Raises) raises[Skills.ColumnOf(raise.SkillId)].Add((o, raise.Level));
        }
        for (var c = 0; c < raises.Length; c++) RaisesBySkill[c] = [.. raises[c]];
        PreparingOfferings = [.. Enumerable.Range(0, Offerings.Length).Where(o => Offerings[o].CertificationId.HasValue)];
        Roles = [.. roles.Select((r, i) => RoleIndexer.Index(r, i, this))];
        RoleLevels = new double[Roles.Length * Skills.Count];
        foreach (var role in Roles)
        {
            for (var q = 0; q < role.RequirementCount; q++)
            {
                RoleLevels[role.Index * Skills.Count + role.Columns[q]] = role.Levels[q];
            }
        }
        Similarity = RoleSimilarity.Build(roles, options.HubnessNeighbourhood);
        Graph = CareerGraph.Build(roles, _roleIndexById, data.Transitions, Similarity, options.SimilarityEdgesPerRole);
        Segregation = new SegregationOfDuties(data.SegregationRules);
    }

    public static MatchingCatalogue Build(CatalogueData data, MatchingOptions? options = null) =>
        new(data, options ?? MatchingOptions.Default);

    public MatchingOptions Options { get; }

    public CatalogueData Data { get; }

    public RoleSimilarity Similarity { get; }

    internal SkillColumns Skills { get; }

    internal IndexedRole[] Roles { get; }

    /// <summary>Required level per (role index, skill column), 0 where the role does not ask for the skill.</summary>
    internal double[] RoleLevels { get; }

    internal IReadOnlyDictionary<int, Certification> Certifications { get; }

    internal int[] CertificationIds { get; }

    internal LearningOffering[] Offerings { get; }

    /// <summary>Per skill column, the offerings raising it (offering index, the level raised to), in offering order.</summary>
    internal (int Offering, int Level)[][] RaisesBySkill { get; }

    /// <summary>Indexes of the offerings that prepare for a certification.</summary>
    internal int[] PreparingOfferings { get; }

    internal CareerGraph Graph { get; }

    internal SegregationOfDuties Segregation { get; }

    public bool HasRole(int roleId) => _roleIndexById.ContainsKey(roleId);

    /// <summary>Forgets every remembered learning cover, so the next requests run cold (for benchmarks).</summary>
    internal void ForgetCoverCaches()
    {
        foreach (var role in Roles) role.CoverCache?.Forget();
    }

    internal IndexedRole Role(int roleId) =>
        _roleIndexById.TryGetValue(roleId, out var index)
            ? Roles[index]
            : throw new ArgumentException($"Role {roleId} is not a published role of the catalogue.", nameof(roleId));

    internal int RoleIndexOrMinusOne(int? roleId) =>
        roleId is { } id && _roleIndexById.TryGetValue(id, out var index) ? index : -1;

    internal int CertificationIndexOf(int certificationId) =>
        _certificationIndexById.TryGetValue(certificationId, out var index) ? index : -1;

    private static void EnsureDistinct(IEnumerable<int> ids, string what)
    {
        var duplicate = ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The catalogue lists {what} {duplicate.Key} more than once.");
        }
    }
}
