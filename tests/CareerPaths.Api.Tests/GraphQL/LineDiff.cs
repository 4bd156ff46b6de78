using System.Text;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>A line diff (longest common subsequence) printed as hunks with a little context, for test failures.</summary>
public static class LineDiff
{
    private const int Context = 2;

    public static string Format(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == ' ')
            {
                continue;
            }

            var from = Math.Max(lastPrinted + 1, i - Context);
            if (from > lastPrinted + 1 && lastPrinted >= 0)
            {
                output.AppendLine("  …");
            }

            var to = i;
            while (to + 1 < edits.Count && (edits[to + 1].Kind != ' ' || NextChangeWithin(edits, to + 1)))
            {
                to++;
            }

            to = Math.Min(edits.Count - 1, to + Context);
            for (var k = from; k <= to; k++)
            {
                output.Append(edits[k].Kind).Append(' ').AppendLine(edits[k].Line);
            }

            lastPrinted = to;
            i = to;
        }

        return output.ToString();
    }

    private static bool NextChangeWithin(List<(char Kind, string Line)> edits, int start)
    {
        for (var k = start; k < Math.Min(edits.Count, start + (2 * Context) + 1); k++)
        {
            if (edits[k].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        return edits;
    }
}
