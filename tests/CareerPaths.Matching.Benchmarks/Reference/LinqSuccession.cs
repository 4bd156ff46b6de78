using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Succession;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>The succession list the plain way: every person's fit and readiness with LINQ, then OrderBy.</summary>
public static class LinqSuccession
{
    public static List<SuccessionCandidate> Rank(CatalogueData catalogue, IReadOnlyList<ReferencePerson> people, int roleId, MatchingOptions options)
    {
        var role = catalogue.Roles.Single(r => r.Id == roleId);
        var requirements = LinqRoleMath.Requirements(role);
        var certifications = catalogue.Certifications.ToDictionary(c => c.Id);
        return [.. people
            .Where(p => p.Profile.CurrentRoleId != roleId)
            .Select(p =>
            {
                var fit = LinqRoleMath.Fit(requirements, s => p.LevelOf(s), options);
                var (readiness, months) = LinqRoleMath.Readiness(role, requirements, s => p.LevelOf(s),
                    anyOf => anyOf.Any(p.ValidCertifications.Contains), catalogue, certifications, options);
                return new SuccessionCandidate(p.Id, readiness, fit, months);
            })
            .OrderBy(c => c.Readiness).ThenByDescending(c => c.Fit).ThenBy(c => c.PersonId)];
    }
}
