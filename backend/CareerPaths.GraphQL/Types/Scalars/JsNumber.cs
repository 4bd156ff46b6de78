using System.Globalization;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// JavaScript's Number-to-String (ECMA-262 Number::toString): what graphql-js prints when String or ID
/// coerces a number, so results agree with the reference implementation (1e21 is "1e+21", 1.0 is "1").
/// </summary>
internal static class JsNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + ToString(-value);
        }

        var (digits, pointPosition) = ShortestDigits(value);
        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The shortest round-trip digits (no leading/trailing zeros) and where the decimal point goes.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("E16", CultureInfo.InvariantCulture);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentIndex = shortest.IndexOf('E', StringComparison.Ordinal);
        string mantissa;
        int exponent;
        if (exponentIndex >= 0)
        {
            mantissa = shortest[..exponentIndex];
            exponent = int.Parse(shortest[(exponentIndex + 1)..], CultureInfo.InvariantCulture);
        }
        else
        {
            // Plain notation: normalise to d.ddd × 10^exponent through the E16 form's exponent.
            mantissa = shortest;
            exponent = int.Parse(text[(text.IndexOf('E', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        }

        var digits = mantissa.Replace(".", "", StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (digits, exponent + 1);
    }
}
