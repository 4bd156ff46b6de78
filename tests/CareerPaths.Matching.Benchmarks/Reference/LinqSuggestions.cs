using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Similarity;
using CareerPaths.Matching.Suggestions;

namespace CareerPaths.Matching.Benchmarks.Reference;

/// <summary>One person against every role the plain way: fit, similarity percentile, label and readiness per role with LINQ.</summary>
public static class LinqSuggestions
{
    public static List<(int RoleId, MoveKind Move, double Score, double Fit, Readiness Readiness, double Months)> For(
        CatalogueData catalogue, RoleSimilarity similarity, ReferencePerson person, int first, MatchingOptions options)
    {
        var certifications = catalogue.Certifications.ToDictionary(c => c.Id);
        var current = catalogue.Roles.FirstOrDefault(r => r.Id == person.Profile.CurrentRoleId);
        var percentile = current is null ? null : Percentiles(catalogue, similarity, current.Id);
        return [.. catalogue.Roles
            .Where(r => r.Id != current?.Id)
            .Select(r => (Role: r, Requirements: LinqRoleMath.Requirements(r)))
            .Select(x =>
            {
                var fit = LinqRoleMath.Fit(x.Requirements, s => person.LevelOf(s), options);
                var score = percentile is null ? fit : 0.5 * fit + 0.5 * percentile[x.Role.Id];
                return (x.Role, x.Requirements, Fit: fit, Score: score);
            })
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Fit).ThenBy(x => x.Role.Id)
            .Take(first)
            .Select(x =>
            {
                var (readiness, months) = LinqRoleMath.Readiness(x.Role, x.Requirements, s => person.LevelOf(s),
                    anyOf => anyOf.Any(person.ValidCertifications.Contains), catalogue, certifications, options);
                return (x.Role.Id, Move(current, x.Role, x.Requirements, person, options), x.Score, x.Fit, readiness, months);
            })];
    }

    private static Dictionary<int, double> Percentiles(CatalogueData catalogue, RoleSimilarity similarity, int from)
    {
        var ordered = catalogue.Roles.Where(r => r.Id != from)
            .OrderByDescending(r => similarity.Score(from, r.Id)).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        return ordered.Select((id, i) => (id, p: ordered.Count == 1 ? 1 : 1 - (double)i / (ordered.Count - 1))).ToDictionary(x => x.id, x => x.p);
    }

    private static MoveKind Move(RoleProfile? current, RoleProfile candidate, List<RoleRequirement> requirements, ReferencePerson person, MatchingOptions options)
    {
        if (current is not null && current.Tier != candidate.Tier)
        {
            return candidate.Tier > current.Tier ? MoveKind.Promotion : MoveKind.StepBack;
        }
        var reference = current is not null
            ? Seniority(LinqRoleMath.Requirements(current), q => q.Level)
            : Seniority(requirements, q => person.LevelOf(q.SkillId));
        var difference = Seniority(requirements, q => q.Level) - reference;
        return difference > options.SeniorityMargin ? MoveKind.Promotion : difference < -options.SeniorityMargin ? MoveKind.StepBack : MoveKind.Lateral;
    }

    private static double Seniority(List<RoleRequirement> requirements, Func<RoleRequirement, double> level)
    {
        var importance = requirements.Sum(q => q.Importance);
        return importance > 0 ? requirements.Sum(q => q.Importance * level(q)) / importance : 0;
    }
}
