using System.Globalization;

namespace CareerPaths.Matching.Evaluation.Onet;

/// <summary>
/// The two O*NET 29.3 files the evaluation reads (tab-separated, header first). Includes information from the
/// O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA),
/// used under the CC BY 4.0 licence. O*NET® is a trademark of USDOL/ETA.
/// </summary>
public sealed record OnetData(
    IReadOnlyList<string> SkillElementIds,
    IReadOnlyList<OnetOccupation> Occupations,
    IReadOnlyDictionary<string, IReadOnlyList<RelatedOccupation>> Related)
{
    public static OnetData Load(string directory)
    {
        var ratings = new SortedDictionary<string, Dictionary<string, SkillRating>>(StringComparer.Ordinal);
        var elements = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var f in Rows(Path.Combine(directory, "Skills.txt")))
        {
            var (code, element, scale, value) = (f[0], f[2], f[4], double.Parse(f[6], CultureInfo.InvariantCulture));
            elements.Add(element);
            if (!ratings.TryGetValue(code, out var skills)) ratings[code] = skills = [];
            var rating = skills.GetValueOrDefault(element) ?? new SkillRating(0, 0, false);
            skills[element] = scale == "IM" ? rating with { Importance = value } : rating with { Level = value, LevelNotRelevant = f[12] == "Y" };
        }
        var related = Rows(Path.Combine(directory, "Related Occupations.txt"))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RelatedOccupation>)[.. g.Select(f => new RelatedOccupation(f[2], f[4], int.Parse(f[5], CultureInfo.InvariantCulture)))]);
        var occupations = ratings.Select(r => new OnetOccupation(r.Key, r.Value)).ToList();
        return new OnetData([.. elements], occupations, related);
    }

    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(line => line.Split('\t'));
}

/// <summary>One occupation's 35 skill ratings by O*NET element id.</summary>
public sealed record OnetOccupation(string Code, IReadOnlyDictionary<string, SkillRating> Skills);

/// <summary>Importance (IM, 1–5) and Level (LV, 0–7) of one skill; LV flagged "Not Relevant" by O*NET.</summary>
public sealed record SkillRating(double Importance, double Level, bool LevelNotRelevant);

/// <summary>An entry of Related Occupations: tier Primary-Short (1–5), Primary-Long (6–10) or Supplemental (11–20).</summary>
public sealed record RelatedOccupation(string Code, string Tier, int Index)
{
    /// <summary>"Primary" = Primary-Short and Primary-Long: the ten most related.</summary>
    public bool IsPrimary => Tier.StartsWith("Primary", StringComparison.Ordinal);
}
