using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Evidence;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>
/// A person as the plain reference implementations see them: effective levels in a dictionary and valid
/// certification ids in a set, computed once (like the read model) so each query measures only the query.
/// </summary>
public sealed record ReferencePerson(PersonProfile Profile, Dictionary<int, int> Levels, HashSet<int> ValidCertifications)
{
    public int Id => Profile.Id;

    public int LevelOf(int skillId) => Levels.GetValueOrDefault(skillId);

    public static List<ReferencePerson> From(IEnumerable<PersonProfile> people, CatalogueData catalogue, DateOnly referenceDate, MatchingOptions options)
    {
        var certifications = catalogue.Certifications.ToDictionary(c => c.Id);
        return [.. people.OrderBy(p => p.Id).Select(p => new ReferencePerson(
            p,
            EffectiveLevels.Compute(p, certifications, referenceDate, options).ToDictionary(l => l.SkillId, l => l.Level),
            [.. p.Certifications
                .Where(h => CertificationValidity.IsValidOn(h, certifications.GetValueOrDefault(h.CertificationId), referenceDate))
                .Select(h => h.CertificationId)]))];
    }
}
