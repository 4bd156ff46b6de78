using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>properties, required, additionalProperties, minProperties and maxProperties.</summary>
internal sealed class ObjectKeywords(SchemaEvaluator evaluator)
{
    public void Check(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        var present = instance.EnumerateObject().ToList();
        schema.TryGetProperty("properties", out var properties);
        var declared = properties.ValueKind == JsonValueKind.Object;

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(name => name.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    violations.Add(new(path, $"the required property '{name}' is missing"));
                }
            }
        }
        CountProperties(schema, present.Count, path, violations);

        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in present)
        {
            var propertyPath = JsonPathText.Property(path, property.Name);
            if (declared && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                evaluator.Evaluate(propertySchema, property.Value, propertyPath, violations);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                var allowed = declared ? string.Join(", ", properties.EnumerateObject().Select(known => known.Name)) : "none";
                violations.Add(new(propertyPath, $"the property '{property.Name}' is not allowed here (allowed: {allowed})"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                evaluator.Evaluate(additional, property.Value, propertyPath, violations);
            }
        }
    }

    private static void CountProperties(JsonElement schema, int count, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("minProperties", out var minimum) && count < minimum.GetInt32())
        {
            violations.Add(new(path, $"has {count} properties, fewer than the minimum {minimum.GetInt32()}"));
        }
        if (schema.TryGetProperty("maxProperties", out var maximum) && count > maximum.GetInt32())
        {
            violations.Add(new(path, $"has {count} properties, more than the maximum {maximum.GetInt32()}"));
        }
    }
}
