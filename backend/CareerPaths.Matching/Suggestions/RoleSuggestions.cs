using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Suggestions;

/// <summary>
/// All published roles (except the one held) ranked for one person: by score, then fit, then role id; each
/// labelled promotion / lateral / step back. Readiness is estimated for the roles returned only.
/// </summary>
public static class RoleSuggestions
{
    public static IReadOnlyList<RoleSuggestion> For(Workforce workforce, int personId, int first)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var catalogue = workforce.Catalogue;
        var person = PersonSnapshot.Of(workforce, personId);
        var current = person.CurrentRole >= 0 ? catalogue.Roles[person.CurrentRole] : null;
        var percentile = current is null ? null : SimilarityPercentiles(catalogue, current.Index);
        var candidates = new List<(IndexedRole Role, double Score, double Fit)>(catalogue.Roles.Length);
        foreach (var role in catalogue.Roles)
        {
            if (role.Index == person.CurrentRole)
            {
                continue;
            }
            var fit = RoleFit.OfRow(role, person.Row);
            var score = percentile is null ? fit : 0.5 * fit + 0.5 * percentile[role.Index];
            candidates.Add((role, score, fit));
        }
        return [.. candidates
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Fit).ThenBy(c => c.Role.Id)
            .Take(first)
            .Select(c =>
            {
                var levels = person.CurrentFor(c.Role);
                var move = MoveClassifier.Classify(current, c.Role, levels, catalogue.Options.SeniorityMargin);
                var readiness = RoleComparer.Estimate(catalogue, c.Role, levels, person.SatisfiedGroups(c.Role));
                return new RoleSuggestion(c.Role.Id, move, c.Score, c.Fit, percentile?[c.Role.Index], readiness);
            })];
    }

    /// <summary>1 for the role most similar to <paramref name="from"/>, falling evenly to 0 for the least (ties by id).</summary>
    internal static double[] SimilarityPercentiles(MatchingCatalogue catalogue, int from)
    {
        var scores = new double[catalogue.Roles.Length];
        catalogue.Similarity.ScoresFrom(from, scores);
        var order = Enumerable.Range(0, scores.Length).Where(r => r != from)
            .OrderByDescending(r => scores[r]).ThenBy(r => r).ToArray();
        var percentile = new double[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            percentile[order[i]] = order.Length == 1 ? 1 : 1 - (double)i / (order.Length - 1);
        }
        return percentile;
    }
}
