using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Model;

/// <summary>
/// A role's requirements as parallel arrays over skill columns, ready for tight loops. Requirements with a level
/// of 0 or less are dropped (nothing to cover). "Elements" are the gap items a learning plan can close:
/// requirement i is element i, required certification group j is element <c>RequirementCount + j</c>.
/// </summary>
internal sealed class IndexedRole
{
    public required RoleProfile Profile { get; init; }

    public required int Index { get; init; }

    public required int[] Columns { get; init; }

    public required double[] Levels { get; init; }

    public required double[] Importances { get; init; }

    /// <summary>Importance × essential factor: the wᵢ of the fit formula.</summary>
    public required double[] Weights { get; init; }

    public required bool[] Essential { get; init; }

    /// <summary>Σ wᵢ, summed in requirement order (the order fit sums in, so fit never exceeds 1).</summary>
    public required double TotalWeight { get; init; }

    /// <summary>Required certification groups as certification indexes of the catalogue.</summary>
    public required int[][] RequiredGroups { get; init; }

    /// <summary>The certification ids of each required group, as the role profile lists them.</summary>
    public required IReadOnlyList<int>[] RequiredGroupIds { get; init; }

    /// <summary>Preparation hours of the cheapest certification in each required group (self-study estimate).</summary>
    public required double[] GroupSelfStudyHours { get; init; }

    /// <summary>Seniority signal: importance-weighted mean required level.</summary>
    public required double Seniority { get; init; }

    /// <summary>Offerings that close this role's elements, or null when it has more than 64 elements.</summary>
    public required CoverTable? Cover
    {
        get => _cover;
        init
        {
            _cover = value;
            CoverCache = value is null ? null : new CoverCache(value);
        }
    }

    /// <summary>Fewest-hours covers already worked out for this role (see <see cref="Learning.CoverCache"/>).</summary>
    public CoverCache? CoverCache { get; private init; }

    private readonly CoverTable? _cover;

    public int RequirementCount => Columns.Length;

    public int Id => Profile.Id;
}
