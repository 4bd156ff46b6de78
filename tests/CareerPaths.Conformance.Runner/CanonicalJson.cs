using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerPaths.Conformance.Runner;

/// <summary>
/// JSON as JavaScript's <c>JSON.stringify</c> writes it, with object keys sorted by UTF-16 code unit at every
/// depth: no whitespace, strings escaped only where JSON requires, numbers in ECMAScript's shortest form.
/// </summary>
internal static class CanonicalJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string text:
                WriteString(output, text);
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case int or long or short or byte:
                output.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                WriteNumber(output, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case JsonElement json:
                WriteJson(output, json);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteObject(output, pairs.Select(p => (p.Key, (object?)p.Value)));
                break;
            case IEnumerable items:
                output.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    output.Append(first ? "" : ",");
                    first = false;
                    Write(output, item);
                }

                output.Append(']');
                break;
            default:
                WriteString(output, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void WriteJson(StringBuilder output, JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, json.EnumerateObject().Select(p => (p.Name, (object?)p.Value)));
                break;
            case JsonValueKind.Array:
                Write(output, json.EnumerateArray().Select(i => (object?)i).ToList());
                break;
            case JsonValueKind.String:
                WriteString(output, json.GetString()!);
                break;
            case JsonValueKind.Number:
                WriteNumber(output, json.GetDouble());
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            default:
                output.Append("null");
                break;
        }
    }

    private static void WriteObject(StringBuilder output, IEnumerable<(string Key, object? Value)> entries)
    {
        output.Append('{');
        var first = true;
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            output.Append(first ? "" : ",");
            first = false;
            WriteString(output, key);
            output.Append(':');
            Write(output, value);
        }

        output.Append('}');
    }

    private static void WriteNumber(StringBuilder output, double number)
    {
        if (number == 0)
        {
            output.Append('0');
            return;
        }

        output.Append(number.ToString("R", CultureInfo.InvariantCulture));
    }

    // JSON.stringify's escaping: quote, backslash, the short escapes, other controls as \u00xx; all else literal.
    private static void WriteString(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case < ' ': output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: output.Append(c); break;
            }
        }

        output.Append('"');
    }
}
