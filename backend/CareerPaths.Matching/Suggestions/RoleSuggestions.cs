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
        var candidates = new List<Candidate>(catalogue.Roles.Length);
        foreach (var role in catalogue.Roles)
        {
            if (role.Index == person.CurrentRole)
            {
                continue;
            }
            var fit = RoleFit.OfRow(role, person.Row);
            var score = percentile is null ? fit : 0.5 * fit + 0.5 * percentile[role.Index];
            candidates.Add(new Candidate(role.Index, score, fit));
        }
        candidates.Sort();
        var suggestions = new RoleSuggestion[Math.Min(first, candidates.Count)];
        for (var i = 0; i < suggestions.Length; i++)
        {
            var c = candidates[i];
            suggestions[i] = Describe(catalogue, person, current, catalogue.Roles[c.Role], c.Score, c.Fit, percentile);
        }
        return suggestions;
    }

    /// <summary>Score descending, then fit descending, then role (index order is id order).</summary>
    private readonly record struct Candidate(int Role, double Score, double Fit) : IComparable<Candidate>
    {
        public int CompareTo(Candidate other) =>
            Score != other.Score ? other.Score.CompareTo(Score) : Fit != other.Fit ? other.Fit.CompareTo(Fit) : Role.CompareTo(other.Role);
    }

    private static RoleSuggestion Describe(
        MatchingCatalogue catalogue, PersonSnapshot person, IndexedRole? current, IndexedRole role, double score, double fit, double[]? percentile)
    {
        Span<double> levels = stackalloc double[role.RequirementCount];
        Span<bool> satisfied = stackalloc bool[role.RequiredGroups.Length];
        person.FillCurrent(role, levels);
        person.FillSatisfied(role, satisfied);
        var move = MoveClassifier.Classify(current, role, levels, catalogue.Options.SeniorityMargin);
        var readiness = RoleComparer.Estimate(catalogue, role, levels, satisfied);
        return new RoleSuggestion(role.Id, move, score, fit, percentile?[role.Index], readiness);
    }

    /// <summary>1 for the role most similar to <paramref name="from"/>, falling evenly to 0 for the least (ties by id).</summary>
    internal static double[] SimilarityPercentiles(MatchingCatalogue catalogue, int from)
    {
        var scores = new double[catalogue.Roles.Length];
        catalogue.Similarity.ScoresFrom(from, scores);
        var order = new Similar[scores.Length - 1];
        for (int r = 0, i = 0; r < scores.Length; r++)
        {
            if (r != from) order[i++] = new Similar(r, scores[r]);
        }
        Array.Sort(order); // a struct comparer, not a delegate: this sort is a good part of a suggestions request
        var percentile = new double[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            percentile[order[i].Role] = order.Length == 1 ? 1 : 1 - (double)i / (order.Length - 1);
        }
        return percentile;
    }

    /// <summary>Score descending, then role (index order is id order).</summary>
    private readonly record struct Similar(int Role, double Score) : IComparable<Similar>
    {
        public int CompareTo(Similar other) => Score != other.Score ? other.Score.CompareTo(Score) : Role.CompareTo(other.Role);
    }
}
