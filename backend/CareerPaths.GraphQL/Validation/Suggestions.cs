using System.Text;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// "Did you mean …?" hints for misspelt names: the options within an edit distance of about 40 % of the
/// input's length (optimal string alignment, case differences counting as one edit), closest first, at most
/// five — the same idea as graphql-js's <c>suggestionList</c>/<c>didYouMean</c>.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var scored = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, option, threshold);
            if (distance <= threshold)
            {
                scored.Add((option, distance));
            }
        }

        scored.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Option, b.Option));
        return scored.ConvertAll(static s => s.Option);
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(static s => "\"" + s + "\"").ToList();
        var builder = new StringBuilder(" Did you mean ");
        if (subject is not null)
        {
            builder.Append(subject).Append(' ');
        }

        builder.Append(quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        });
        return builder.Append('?').ToString();
    }

    private static int Distance(string a, string b, int threshold)
    {
        if (a == b)
        {
            return 0;
        }

        var lowerA = a.ToLowerInvariant();
        var lowerB = b.ToLowerInvariant();
        if (lowerA == lowerB)
        {
            return 1;
        }

        if (Math.Abs(lowerA.Length - lowerB.Length) > threshold)
        {
            return threshold + 1;
        }

        // Three rolling rows of the optimal-string-alignment table.
        var previous2 = new int[lowerB.Length + 1];
        var previous = new int[lowerB.Length + 1];
        var current = new int[lowerB.Length + 1];
        for (var j = 0; j <= lowerB.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= lowerA.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= lowerB.Length; j++)
            {
                var cost = lowerA[i - 1] == lowerB[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && lowerA[i - 1] == lowerB[j - 2] && lowerA[i - 2] == lowerB[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[lowerB.Length];
    }
}
