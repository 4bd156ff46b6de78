using System.Text.Json;
using CareerPaths.Api.Seeding.JsonSchemaValidation;

namespace CareerPaths.Api.Seeding.Reading;

/// <summary>One seed file: well-formed JSON, and valid against <c>schemas/&lt;name&gt;.schema.json</c>.</summary>
internal static class SeedFileValidator
{
    /// <summary>The parsed document when the file is valid; otherwise null, with the reasons added to <paramref name="problems"/>.</summary>
    public static JsonElement? Validate(SeedFile file, string path, string schemaDirectory, List<SeedProblem> problems)
    {
        var schemaPath = Path.Combine(schemaDirectory, file.SchemaFileName);
        if (!File.Exists(schemaPath))
        {
            problems.Add(new(file.FileName, "$", $"has no schema: {schemaPath} is missing"));
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        if (JsonSyntaxLocator.FindError(json) is { } syntaxError)
        {
            problems.Add(new(file.FileName, syntaxError.Path, syntaxError.Reason));
            return null;
        }
        JsonSchema schema;
        try
        {
            schema = JsonSchema.Load(schemaPath);
        }
        catch (InvalidOperationException exception)
        {
            problems.Add(new(file.FileName, "$", $"its schema cannot be used: {exception.Message}"));
            return null;
        }
        using var document = JsonDocument.Parse(json);
        var violations = schema.Validate(document.RootElement);
        problems.AddRange(violations.Select(violation => new SeedProblem(file.FileName, violation.Path, violation.Message)));
        return violations.Count == 0 ? document.RootElement.Clone() : null;
    }
}
