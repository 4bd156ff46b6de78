using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>
/// Compares a GraphQL answer with what the library says, written as a plain object in the selection's shape:
/// the same keys, lists of the same length in the same order, equal strings, and numbers equal to 1e-9 relative
/// (what a double may lose on its way through JSON). The failure names the first path that differs.
/// </summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Same(object? expected, JsonElement actual, string what = "answer")
    {
        var wanted = JsonSerializer.SerializeToElement(expected, Options);
        if (Difference(wanted, actual, "$") is { } difference)
        {
            Assert.Fail($"The {what} differs from the library's at {difference}\nexpected: {Shorten(wanted.GetRawText())}\nactual:   {Shorten(actual.GetRawText())}");
        }
    }

    /// <summary>A C# enum member as the schema spells it: <c>WithinOneYear</c> → <c>WITHIN_ONE_YEAR</c>.</summary>
    public static string EnumName(Enum value)
    {
        var name = value.ToString();
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            double a = expected.GetDouble(), b = actual.GetDouble();
            return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))) ? null
                : $"{path}: {a.ToString("R", CultureInfo.InvariantCulture)} ≠ {b.ToString("R", CultureInfo.InvariantCulture)}";
        }

        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {expected.ValueKind} ≠ {actual.ValueKind}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = expected.EnumerateObject().Select(p => p.Name).ToList();
                var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToList();
                if (!keys.Order(StringComparer.Ordinal).SequenceEqual(actualKeys.Order(StringComparer.Ordinal)))
                {
                    return $"{path}: keys [{string.Join(", ", keys)}] ≠ [{string.Join(", ", actualKeys)}]";
                }

                return keys.Select(key => Difference(expected.GetProperty(key), actual.GetProperty(key), $"{path}.{key}")).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: {expected.GetArrayLength()} items ≠ {actual.GetArrayLength()}";
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray())
                    .Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: \"{expected.GetString()}\" ≠ \"{actual.GetString()}\"";
            default:
                return null; // true, false, null: the kinds matched
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
