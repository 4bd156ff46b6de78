using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>The committed seed catalogue, read as JSON: the oracle the API's answers are compared with.</summary>
public static class SeedFiles
{
    /// <summary>The records of <c>seed-data/{file}</c> (the one array next to <c>$schema</c>).</summary>
    public static JsonArray Records(string file, string arrayName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, file)))![arrayName]!.AsArray();

    /// <summary>A seed enum word (<c>information-systems</c>) as the GraphQL enum value (<c>INFORMATION_SYSTEMS</c>).</summary>
    public static string EnumValue(JsonNode? word) => word!.GetValue<string>().Replace('-', '_').ToUpperInvariant();

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>Fails with both documents when they differ, naming what was compared.</summary>
    public static void AssertSameJson(JsonNode? expected, JsonElement actual, string what)
    {
        var actualNode = JsonNode.Parse(actual.GetRawText());
        if (!JsonNode.DeepEquals(expected, actualNode))
        {
            var options = new JsonSerializerOptions { WriteIndented = true };
            Assert.Fail($"{what} differs from the seed files.\nexpected: {expected?.ToJsonString(options)}\nactual:   {actualNode?.ToJsonString(options)}");
        }
    }
}
