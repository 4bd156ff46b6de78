using System.Globalization;
using System.Text.Json;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// A JSON-like view of leaf values: a <see cref="JsonElement"/> and the equivalent .NET primitive read the
/// same way, with JavaScript's number semantics (every number is a double), as graphql-js sees them.
/// </summary>
internal static class InputPrimitive
{
    public static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case double d:
                number = d;
                return true;
            case long l:
                number = l;
                return true;
            case JsonElement { ValueKind: JsonValueKind.Number } json:
                number = ReadJsonNumber(json);
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case ushort us:
                number = us;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    public static bool TryGetString(object value, out string text)
    {
        switch (value)
        {
            case string s:
                text = s;
                return true;
            case JsonElement { ValueKind: JsonValueKind.String } json:
                text = json.GetString()!;
                return true;
            default:
                text = "";
                return false;
        }
    }

    public static bool TryGetBoolean(object value, out bool boolean)
    {
        switch (value)
        {
            case bool b:
                boolean = b;
                return true;
            case JsonElement { ValueKind: JsonValueKind.True }:
                boolean = true;
                return true;
            case JsonElement { ValueKind: JsonValueKind.False }:
                boolean = false;
                return true;
            default:
                boolean = false;
                return false;
        }
    }

    /// <summary>JavaScript's <c>Number(string)</c> for decimal text: trimmed, empty is not a number.</summary>
    public static bool TryParseNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return false;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    private static double ReadJsonNumber(JsonElement json)
    {
        if (json.TryGetDouble(out var number))
        {
            return number;
        }

        // Out of double range: JavaScript's JSON.parse gives ±Infinity, which every numeric scalar rejects.
        return json.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
    }
}
