using System.Text;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// String literals (spec §2.9.4), escaped and laid out as graphql-js's printString and printBlockString do.
public static partial class Printer
{
    private static readonly string[] EscapeSequences = BuildEscapeSequences();

    /// <summary>A quoted string literal: escapes ", \, C0 and C1 control characters and DEL; keeps all other Unicode.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = 0;
        while (first < value.Length && !NeedsEscape(value[first]))
        {
            first++;
        }

        if (first == value.Length)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8).Append('"').Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                builder.Append(EscapeSequences[c]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);

    private static string[] BuildEscapeSequences()
    {
        var sequences = new string[0xA0];
        for (var c = 0; c < sequences.Length; c++)
        {
            sequences[c] = "\\u" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        }

        sequences['\b'] = "\\b";
        sequences['\t'] = "\\t";
        sequences['\n'] = "\\n";
        sequences['\f'] = "\\f";
        sequences['\r'] = "\\r";
        sequences['"'] = "\\\"";
        sequences['\\'] = "\\\\";
        return sequences;
    }

    /// <summary>
    /// A block string literal whose value, read back through the spec's BlockStringValue(), is
    /// <paramref name="value"/> wherever that is possible (see <see cref="BlockString.IsPrintableAsBlockString"/>).
    /// <paramref name="minimize"/> avoids the optional line breaks around the content.
    /// </summary>
    public static string PrintBlockString(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var (isSingleLine, laterLinesIndentedOrEmpty) = ScanLines(escaped);
        var forceLeadingNewLine = !isSingleLine && laterLinesIndentedOrEmpty;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);

        var leading = (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine ? "\n" : string.Empty;
        var trailing = printAsMultipleLines || forceTrailingNewLine ? "\n" : string.Empty;
        return "\"\"\"" + leading + escaped + trailing + "\"\"\"";
    }

    /// <summary>Whether the text is one line, and whether every line after the first is empty or starts with white space.</summary>
    private static (bool IsSingleLine, bool LaterLinesIndentedOrEmpty) ScanLines(string text)
    {
        var isSingleLine = true;
        var laterLinesIndentedOrEmpty = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            isSingleLine = false;
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (next != '\n' && next != '\r' && !CharacterClasses.IsWhiteSpace(next))
            {
                laterLinesIndentedOrEmpty = false;
            }
        }

        return (isSingleLine, laterLinesIndentedOrEmpty);
    }
}
