using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>Applies one schema to one instance, recursively; structure keywords here, value keywords in <see cref="ValueKeywords"/>.</summary>
internal sealed class SchemaEvaluator(JsonSchema schema)
{
    // Guards against a schema that refers to itself without descending into the instance.
    private const int MaximumDepth = 200;
    private int _depth;

    public void Evaluate(JsonElement subschema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (subschema.ValueKind == JsonValueKind.True)
        {
            return;
        }
        if (subschema.ValueKind == JsonValueKind.False)
        {
            violations.Add(new(path, "no value is allowed here"));
            return;
        }
        if (++_depth > MaximumDepth)
        {
            throw new InvalidOperationException($"{schema.Name}: schema references nest deeper than {MaximumDepth} at {path}.");
        }
        try
        {
            EvaluateKeywords(subschema, instance, path, violations);
        }
        finally
        {
            _depth--;
        }
    }

    private void EvaluateKeywords(JsonElement subschema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (subschema.TryGetProperty("$ref", out var reference) && schema.TryResolve(reference.GetString()!, out var target))
        {
            Evaluate(target, instance, path, violations);
        }
        if (subschema.TryGetProperty("type", out var type) && !InstanceTypes.Matches(type, instance))
        {
            // Every other keyword would only repeat that the value has the wrong shape.
            violations.Add(new(path, $"expected {InstanceTypes.Describe(type)}, found {ValueText.Describe(instance)}"));
            return;
        }
        ValueKeywords.Check(subschema, instance, path, violations);
        if (instance.ValueKind == JsonValueKind.Object)
        {
            new ObjectKeywords(this).Check(subschema, instance, path, violations);
        }
        if (instance.ValueKind == JsonValueKind.Array)
        {
            CheckArray(subschema, instance, path, violations);
        }
        new Combinators(this).Check(subschema, instance, path, violations);
    }

    private void CheckArray(JsonElement subschema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        var items = instance.EnumerateArray().ToList();
        if (subschema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32())
        {
            violations.Add(new(path, $"has {items.Count} items, fewer than the minimum {minItems.GetInt32()}"));
        }
        if (subschema.TryGetProperty("maxItems", out var maxItems) && items.Count > maxItems.GetInt32())
        {
            violations.Add(new(path, $"has {items.Count} items, more than the maximum {maxItems.GetInt32()}"));
        }
        if (subschema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            CheckUnique(items, path, violations);
        }
        if (subschema.TryGetProperty("items", out var itemSchema))
        {
            for (var index = 0; index < items.Count; index++)
            {
                Evaluate(itemSchema, items[index], JsonPathText.Item(path, index), violations);
            }
        }
    }

    private static void CheckUnique(List<JsonElement> items, string path, List<SchemaViolation> violations)
    {
        for (var later = 1; later < items.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (JsonValueEquality.AreEqual(items[earlier], items[later]))
                {
                    violations.Add(new(JsonPathText.Item(path, later),
                        $"repeats item {earlier} ({ValueText.Literal(items[later])}); the items must be unique"));
                    break;
                }
            }
        }
    }
}
