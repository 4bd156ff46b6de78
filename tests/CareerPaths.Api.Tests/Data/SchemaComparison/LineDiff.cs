using System.Text;

namespace CareerPaths.Api.Tests.Data.SchemaComparison;

/// <summary>
/// A minimal unified-style diff (longest common subsequence of lines), so a failing schema comparison
/// shows the few lines that differ instead of two 1,000-line dumps.
/// </summary>
public static class LineDiff
{
    /// <summary>Lines only in <paramref name="expected"/> start with "- ", lines only in <paramref name="actual"/> with "+ ".</summary>
    public static string Describe(string expected, string actual, int context = 2)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var edits = Edits(left, right);
        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == ' ' && !NearChange(edits, i, context))
            {
                continue;
            }
            if (lastPrinted >= 0 && i > lastPrinted + 1)
            {
                output.AppendLine("  …");
            }
            output.Append(edits[i].Kind).Append(' ').AppendLine(edits[i].Line);
            lastPrinted = i;
        }
        return output.ToString();
    }

    private static bool NearChange(List<(char Kind, string Line)> edits, int index, int context)
    {
        for (var j = Math.Max(0, index - context); j <= Math.Min(edits.Count - 1, index + context); j++)
        {
            if (edits[j].Kind != ' ')
            {
                return true;
            }
        }
        return false;
    }

    private static List<(char Kind, string Line)> Edits(string[] left, string[] right)
    {
        // common[i, j] = length of the longest common subsequence of left[i..] and right[j..].
        var common = new int[left.Length + 1, right.Length + 1];
        for (var i = left.Length - 1; i >= 0; i--)
        {
            for (var j = right.Length - 1; j >= 0; j--)
            {
                common[i, j] = left[i] == right[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var edits = new List<(char, string)>();
        int l = 0, r = 0;
        while (l < left.Length || r < right.Length)
        {
            if (l < left.Length && r < right.Length && left[l] == right[r])
            {
                edits.Add((' ', left[l++]));
                r++;
            }
            // On a tie the removed line comes first, as in a unified diff.
            else if (l < left.Length && (r == right.Length || common[l + 1, r] >= common[l, r + 1]))
            {
                edits.Add(('-', left[l++]));
            }
            else
            {
                edits.Add(('+', right[r++]));
            }
        }
        return edits;
    }
}
