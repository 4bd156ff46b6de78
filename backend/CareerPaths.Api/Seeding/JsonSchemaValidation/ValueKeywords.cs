using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>Keywords about one value: enum, const, numeric bounds, string length, pattern and format.</summary>
internal static class ValueKeywords
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static void Check(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("enum", out var allowed) &&
            !allowed.EnumerateArray().Any(option => JsonValueEquality.AreEqual(option, instance)))
        {
            var options = string.Join(", ", allowed.EnumerateArray().Select(ValueText.Literal));
            violations.Add(new(path, $"{ValueText.Describe(instance)} is not one of the allowed values: {options}"));
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonValueEquality.AreEqual(constant, instance))
        {
            violations.Add(new(path, $"must be {ValueText.Literal(constant)}, found {ValueText.Describe(instance)}"));
        }
        if (instance.ValueKind == JsonValueKind.Number)
        {
            CheckNumber(schema, instance, path, violations);
        }
        if (instance.ValueKind == JsonValueKind.String)
        {
            CheckString(schema, instance.GetString()!, path, violations);
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        var value = instance.GetDecimalOrDouble();
        var shown = instance.GetRawText();
        if (Bound(schema, "minimum") is { } minimum && value < minimum)
        {
            violations.Add(new(path, $"{shown} is less than the minimum {Text(minimum)}"));
        }
        if (Bound(schema, "maximum") is { } maximum && value > maximum)
        {
            violations.Add(new(path, $"{shown} is greater than the maximum {Text(maximum)}"));
        }
        if (Bound(schema, "exclusiveMinimum") is { } above && value <= above)
        {
            violations.Add(new(path, $"{shown} must be greater than {Text(above)}"));
        }
        if (Bound(schema, "exclusiveMaximum") is { } below && value >= below)
        {
            violations.Add(new(path, $"{shown} must be less than {Text(below)}"));
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<SchemaViolation> violations)
    {
        // JSON Schema counts characters as Unicode code points, not UTF-16 units.
        var length = text.EnumerateRunes().Count();
        if (Bound(schema, "minLength") is { } minLength && length < minLength)
        {
            violations.Add(new(path, $"{ValueText.Quote(text)} is {length} characters long, shorter than the minimum {Text(minLength)}"));
        }
        if (Bound(schema, "maxLength") is { } maxLength && length > maxLength)
        {
            violations.Add(new(path, $"{ValueText.Quote(text)} is {length} characters long, longer than the maximum {Text(maxLength)}"));
        }
        if (schema.TryGetProperty("pattern", out var pattern) && !Matches(pattern.GetString()!, text))
        {
            violations.Add(new(path, $"{ValueText.Quote(text)} does not match the pattern {pattern.GetString()}"));
        }
        if (schema.TryGetProperty("format", out var format) && Formats.Check(format.GetString()!, text) is { } expected)
        {
            violations.Add(new(path, $"{ValueText.Quote(text)} is not {expected}"));
        }
    }

    // Patterns are not anchored implicitly (ECMA-262 semantics, as the spec says); the schemas anchor them.
    private static bool Matches(string pattern, string text) =>
        Patterns.GetOrAdd(pattern, key => new Regex(key, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(text);

    private static double? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var bound) && bound.ValueKind == JsonValueKind.Number ? bound.GetDecimalOrDouble() : null;

    private static string Text(double number) => number.ToString(CultureInfo.InvariantCulture);
}
