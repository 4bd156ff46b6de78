using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>JSON Schema's notion of equal values (for enum, const and uniqueItems): by value, not by text.</summary>
internal static class JsonValueEquality
{
    public static bool AreEqual(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            // true and false are different kinds, so no special case is needed for booleans.
            return false;
        }
        return left.ValueKind switch
        {
            JsonValueKind.Number => left.TryGetDecimal(out var l) && right.TryGetDecimal(out var r)
                ? l == r
                : left.GetDecimalOrDouble().Equals(right.GetDecimalOrDouble()),
            JsonValueKind.String => left.GetString() == right.GetString(),
            JsonValueKind.Array => left.GetArrayLength() == right.GetArrayLength() &&
                                   left.EnumerateArray().Zip(right.EnumerateArray()).All(pair => AreEqual(pair.First, pair.Second)),
            JsonValueKind.Object => ObjectsAreEqual(left, right),
            _ => true,
        };
    }

    /// <summary>The number as a decimal when it fits (exact), else as a double.</summary>
    public static double GetDecimalOrDouble(this JsonElement number) =>
        number.TryGetDecimal(out var exact) ? (double)exact : number.GetDouble();

    private static bool ObjectsAreEqual(JsonElement left, JsonElement right)
    {
        var leftProperties = left.EnumerateObject().ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);
        var rightProperties = right.EnumerateObject().ToList();
        return leftProperties.Count == rightProperties.Count &&
               rightProperties.All(property =>
                   leftProperties.TryGetValue(property.Name, out var value) && AreEqual(value, property.Value));
    }
}
