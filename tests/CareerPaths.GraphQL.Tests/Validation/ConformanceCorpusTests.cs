using System.Text.Json;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Validation;

/// <summary>
/// The conformance corpus (tests/conformance/cases/validation) in process: every document is valid or invalid
/// as its tags say. Error locations are compared with graphql-js by the Node differential run, the real gate.
/// </summary>
public class ConformanceCorpusTests
{
    [Fact]
    public void EveryCorpusDocumentIsValidOrInvalidAsTagged()
    {
        var directory = CorpusDirectory();
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var schemaFile = root.TryGetProperty("schema", out var named) ? named.GetString()! : "schema.graphql";
                if (!schemas.TryGetValue(schemaFile, out var schema))
                {
                    schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(directory, schemaFile)));
                    schemas[schemaFile] = schema;
                }

                count++;
                var errors = DocumentValidator.Validate(schema, Parser.Parse(root.GetProperty("query").GetString()!, ParserOptions.Trusted));
                if (errors.Count == 0 != root.GetProperty("valid").GetBoolean())
                {
                    disagreements.Add($"{root.GetProperty("id").GetString()}: {errors.Count} errors");
                }
            }
        }

        Assert.True(count >= 500, $"only {count} cases");
        Assert.Empty(disagreements);
    }

    private static string CorpusDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "conformance", "cases", "validation");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/conformance/cases/validation not found above " + AppContext.BaseDirectory);
    }
}
