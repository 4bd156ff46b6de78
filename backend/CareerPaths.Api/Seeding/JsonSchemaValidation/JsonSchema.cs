using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>
/// A JSON Schema (draft 2020-12 subset) ready to validate documents.
/// Why our own: no JSON Schema validator package (JsonSchema.Net, NJsonSchema) can be restored on our build
/// machines, and the seed schemas use a small, documented subset (seed-data/README.md), which this implements
/// and refuses anything beyond.
/// </summary>
public sealed class JsonSchema
{
    private readonly JsonElement _root;

    private JsonSchema(JsonElement root, string name)
    {
        _root = root;
        Name = name;
    }

    /// <summary>Where the schema came from, for messages.</summary>
    public string Name { get; }

    /// <summary>Parses a schema; throws <see cref="InvalidOperationException"/> when it uses unsupported features.</summary>
    public static JsonSchema Parse(string json, string name)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The schema {name} is not valid JSON: {exception.Message}", exception);
        }
        var schema = new JsonSchema(root, name);
        try
        {
            SchemaKeywords.EnsureSupported(root, "#", reference => schema.TryResolve(reference, out _));
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"{name}: {exception.Message}", exception);
        }
        return schema;
    }

    public static JsonSchema Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Every violation in <paramref name="instance"/>, in document order; empty when it is valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance)
    {
        var violations = new List<SchemaViolation>();
        new SchemaEvaluator(this).Evaluate(_root, instance, JsonPathText.Root, violations);
        return violations;
    }

    /// <summary>Resolves a reference within this schema: <c>#</c> or a JSON pointer such as <c>#/$defs/code</c>.</summary>
    internal bool TryResolve(string reference, out JsonElement target)
    {
        target = _root;
        if (!reference.StartsWith('#'))
        {
            return false;
        }
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
            {
                return false;
            }
        }
        return true;
    }
}
