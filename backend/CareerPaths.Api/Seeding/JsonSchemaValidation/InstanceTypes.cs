using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>The <c>type</c> keyword: one type name or a list of them.</summary>
internal static class InstanceTypes
{
    public static bool Matches(JsonElement type, JsonElement instance) =>
        Names(type).Any(name => Is(name, instance));

    public static string Describe(JsonElement type) =>
        string.Join(" or ", Names(type).Select(name => name switch
        {
            "object" or "array" or "integer" => $"an {name}",
            "null" => "null",
            _ => $"a {name}",
        }));

    private static IEnumerable<string> Names(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(name => name.GetString()!) : [type.GetString()!];

    private static bool Is(string name, JsonElement instance) => name switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        // 1.0 is an integer in JSON Schema: the value counts, not how it is written.
        "integer" => instance.ValueKind == JsonValueKind.Number &&
                     (instance.TryGetDecimal(out var exact) ? decimal.Truncate(exact) == exact : double.IsInteger(instance.GetDouble())),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
