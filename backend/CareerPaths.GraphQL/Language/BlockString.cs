using System.Text;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

/// <summary>Block strings (spec §2.9.4): the dedent the lexer applies, and how the printer writes one back.</summary>
public static class BlockString
{
    // Spec §2.9.4 BlockStringValue(): drop the common indentation (ignoring the first line) and blank leading/trailing lines.
    internal static string Dedent(List<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        if (firstNonEmptyLine == lastNonEmptyLine && (firstNonEmptyLine == 0 || commonIndent == 0))
        {
            return lines[firstNonEmptyLine];
        }

        var value = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i != firstNonEmptyLine)
            {
                value.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                value.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                value.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return value.ToString();
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a round trip as a block string: graphql-js's
    /// isPrintableAsBlockString, which schema printers use to choose how to write a description.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    // Control characters cannot be written raw, and \r would be read back as a line end.
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        // A leading blank line would be dropped by the dedent.
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        // A trailing blank line would be dropped, and a common indent would be removed.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
