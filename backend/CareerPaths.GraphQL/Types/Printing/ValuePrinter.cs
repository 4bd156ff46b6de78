using System.Text;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Prints value literals exactly as graphql-js's printer does (lists and objects break past 80 columns),
/// for default values in SDL and introspection's <c>defaultValue</c>, and for error messages.
/// </summary>
public static class ValuePrinter
{
    private const int MaxLineLength = 80;

    public static string Print(ValueNode value) => value switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.IsBlock ? StringPrinter.PrintBlockString(s.Value) : StringPrinter.PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        VariableNode v => "$" + v.Name.Value,
        ListValueNode list => PrintList(list),
        ObjectValueNode obj => PrintObject(obj),
        _ => throw new ArgumentException($"Unexpected value node {value.Kind}.", nameof(value)),
    };

    private static string PrintList(ListValueNode list)
    {
        var items = list.Values.Select(Print).ToArray();
        var line = "[" + string.Join(", ", items) + "]";
        return line.Length > MaxLineLength ? "[\n" + Indent(string.Join("\n", items)) + "\n]" : line;
    }

    private static string PrintObject(ObjectValueNode obj)
    {
        var fields = obj.Fields.Select(f => f.Name.Value + ": " + Print(f.Value)).ToArray();
        var line = "{ " + string.Join(", ", fields) + " }";
        if (line.Length <= MaxLineLength)
        {
            return line;
        }

        var joined = string.Join("\n", fields);
        return joined.Length == 0 ? "" : "{\n" + Indent(joined) + "\n}";
    }

    private static string Indent(string text) =>
        text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}

/// <summary>String and block-string printing, character for character as graphql-js.</summary>
public static class StringPrinter
{
    /// <summary>A quoted string with the escapes graphql-js uses (spec §2.9.4 StringValue).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A <c>"""block string"""</c> laid out as graphql-js's printBlockString.</summary>
    public static string PrintBlockString(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Whether a description survives a round trip as a block string (graphql-js isPrintableAsBlockString).</summary>
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
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007'
                    or '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
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

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
