using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>
/// The draft 2020-12 keywords this validator implements. A schema using any other keyword is refused when it is
/// loaded: silently ignoring a constraint would let bad seed data through.
/// </summary>
internal static class SchemaKeywords
{
    private static readonly HashSet<string> Validation = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
        "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
        "pattern", "format", "$ref", "oneOf", "anyOf", "allOf", "not", "minProperties", "maxProperties",
    };

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default", "deprecated",
    };

    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal)
    {
        "object", "array", "string", "number", "integer", "boolean", "null",
    };

    /// <summary>Throws when <paramref name="schema"/> or any schema inside it uses something unsupported.</summary>
    public static void EnsureSupported(JsonElement schema, string pointer, Func<string, bool> refExists)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.False)
        {
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw Unsupported(pointer, "a schema must be an object or a boolean");
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var at = $"{pointer}/{keyword.Name}";
            if (!Validation.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw Unsupported(at, $"the keyword '{keyword.Name}' is not supported by this validator");
            }
            CheckKeyword(keyword, at, refExists);
        }
    }

    private static void CheckKeyword(JsonProperty keyword, string at, Func<string, bool> refExists)
    {
        switch (keyword.Name)
        {
            case "properties" or "$defs":
                foreach (var child in keyword.Value.EnumerateObject())
                {
                    EnsureSupported(child.Value, $"{at}/{child.Name}", refExists);
                }
                break;
            case "items" or "additionalProperties" or "not":
                EnsureSupported(keyword.Value, at, refExists);
                break;
            case "oneOf" or "anyOf" or "allOf":
                var index = 0;
                foreach (var alternative in keyword.Value.EnumerateArray())
                {
                    EnsureSupported(alternative, $"{at}/{index++}", refExists);
                }
                break;
            case "type":
                var names = keyword.Value.ValueKind == JsonValueKind.Array
                    ? keyword.Value.EnumerateArray().Select(name => name.GetString() ?? "")
                    : [keyword.Value.GetString() ?? ""];
                foreach (var name in names.Where(name => !TypeNames.Contains(name)))
                {
                    throw Unsupported(at, $"'{name}' is not a JSON Schema type");
                }
                break;
            case "format" when !Formats.Supported.Contains(keyword.Value.GetString() ?? ""):
                throw Unsupported(at, $"the format '{keyword.Value.GetString()}' is not supported");
            case "$ref" when !refExists(keyword.Value.GetString() ?? ""):
                throw Unsupported(at, $"the reference '{keyword.Value.GetString()}' does not point into this schema");
        }
    }

    private static InvalidOperationException Unsupported(string pointer, string reason) =>
        new($"Schema not supported at {pointer}: {reason}.");
}
