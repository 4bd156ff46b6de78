using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>oneOf, anyOf, allOf and not, with messages that point at the alternative the author most likely meant.</summary>
internal sealed class Combinators(SchemaEvaluator evaluator)
{
    public void Check(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                evaluator.Evaluate(part, instance, path, violations);
            }
        }
        if (schema.TryGetProperty("anyOf", out var any))
        {
            var failures = Alternatives(any, instance, path);
            if (failures.All(failure => failure.Count > 0))
            {
                violations.AddRange(Explain(schema, failures, instance, path));
            }
        }
        if (schema.TryGetProperty("oneOf", out var one))
        {
            var failures = Alternatives(one, instance, path);
            var matching = failures.Count(failure => failure.Count == 0);
            if (matching == 0)
            {
                violations.AddRange(Explain(schema, failures, instance, path));
            }
            else if (matching > 1)
            {
                violations.Add(new(path, $"{ValueText.Describe(instance)} matches {matching} alternatives, but exactly one is allowed"));
            }
        }
        if (schema.TryGetProperty("not", out var not))
        {
            var failures = new List<SchemaViolation>();
            evaluator.Evaluate(not, instance, path, failures);
            if (failures.Count == 0)
            {
                violations.Add(new(path, $"{ValueText.Describe(instance)} is not allowed here"));
            }
        }
    }

    private List<List<SchemaViolation>> Alternatives(JsonElement alternatives, JsonElement instance, string path) =>
        [.. alternatives.EnumerateArray().Select(alternative =>
        {
            var failures = new List<SchemaViolation>();
            evaluator.Evaluate(alternative, instance, path, failures);
            return failures;
        })];

    /// <summary>
    /// When only one alternative has the instance's type (e.g. the string branch of "code or null"), its own
    /// violations say what is wrong; otherwise the value matched none of several shapes, and we list them.
    /// </summary>
    private static IEnumerable<SchemaViolation> Explain(JsonElement schema, List<List<SchemaViolation>> failures, JsonElement instance, string path)
    {
        var sameShape = failures.Where(failure => !failure.Any(violation => violation.Path == path && violation.Message.StartsWith("expected ", StringComparison.Ordinal))).ToList();
        if (sameShape.Count == 1)
        {
            return sameShape[0];
        }
        var why = schema.TryGetProperty("description", out var description)
            ? $"expected {description.GetString()!.TrimEnd('.')}"
            : "it matches none of the allowed alternatives";
        var details = string.Join("; ", failures.Select((failure, index) => $"alternative {index + 1}: {failure[0].Message}"));
        return [new SchemaViolation(path, $"{ValueText.Describe(instance)} is not valid here: {why} ({details})")];
    }
}
