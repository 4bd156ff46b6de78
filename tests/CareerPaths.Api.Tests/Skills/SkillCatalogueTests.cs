using System.Text.Json.Nodes;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Skills;

/// <summary>The skill catalogue as the API serves it, compared with seed-data/skills.json.</summary>
public sealed class SkillCatalogueTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private const string SkillFields = "code name category description levels { level descriptor } externalCodes { onet esco sfia } source";

    private static readonly JsonArray SeedSkills = SeedFiles.Records("skills.json", "skills");

    [Fact]
    public async Task EverySkillWithItsLevelsAndCodesIsWhatSkillsJsonSays()
    {
        var data = await api.DataAsync($"{{ skills(first: 100) {{ totalCount nodes {{ {SkillFields} }} }} }}");

        Assert.Equal(SeedSkills.Count, data.GetProperty("skills").GetProperty("totalCount").GetInt32());
        SeedFiles.AssertSameJson(
            SeedFiles.Array(SeedSkills.OrderBy(s => (string)s!["code"]!, StringComparer.Ordinal).Select(Expected)),
            data.GetProperty("skills").GetProperty("nodes"), "skills");
    }

    [Fact]
    public async Task SkillByCodeIsThatSkillAndAnUnknownCodeIsNull()
    {
        var data = await api.DataAsync($"{{ known: skill(code: \"it-governance\") {{ {SkillFields} }} unknown: skill(code: \"juggling\") {{ code }} }}");

        SeedFiles.AssertSameJson(Expected(SeedSkills.Single(s => (string)s!["code"]! == "it-governance")), data.GetProperty("known"), "skill(code: \"it-governance\")");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("unknown").ValueKind);
    }

    [Theory]
    [InlineData("LEADERSHIP", null)]
    [InlineData(null, "governance")]
    [InlineData(null, "SECURITY")]
    [InlineData("TECHNICAL", "man")]
    [InlineData(null, "100%")]
    [InlineData(null, "it_")]
    public async Task CategoryAndSearchFilterTheCatalogue(string? category, string? search)
    {
        var data = await api.DataAsync(
            "query($category: SkillCategory, $search: String) { skills(first: 100, category: $category, search: $search) { totalCount nodes { code } } }",
            new { category, search });

        var expected = SeedSkills
            .Where(s => category is null || SeedFiles.EnumValue(s!["category"]) == category)
            .Where(s => search is null
                || ((string)s!["code"]!).Contains(search, StringComparison.OrdinalIgnoreCase)
                || ((string)s["name"]!).Contains(search, StringComparison.OrdinalIgnoreCase))
            .Select(s => (string)s!["code"]!).Order(StringComparer.Ordinal).ToArray();
        var skills = data.GetProperty("skills");
        Assert.Equal(expected, skills.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal(expected.Length, skills.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnOverlongSearchIsAClientError()
    {
        var response = await api.GraphQLAsync($"{{ skills(search: \"{new string('a', 101)}\") {{ totalCount }} }}");

        var error = response.SingleError();
        Assert.Equal("\"search\" has at most 100 characters, but had 101.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>A seed skill as the query above must answer it.</summary>
    private static JsonNode Expected(JsonNode? seed)
    {
        var codes = seed!["externalCodes"];
        return new JsonObject
        {
            ["code"] = seed["code"]!.DeepClone(),
            ["name"] = seed["name"]!.DeepClone(),
            ["category"] = SeedFiles.EnumValue(seed["category"]),
            ["description"] = seed["description"]!.DeepClone(),
            ["levels"] = SeedFiles.Array(seed["levels"]!.AsObject().OrderBy(l => int.Parse(l.Key, System.Globalization.CultureInfo.InvariantCulture))
                .Select(l => (JsonNode?)new JsonObject { ["level"] = int.Parse(l.Key, System.Globalization.CultureInfo.InvariantCulture), ["descriptor"] = l.Value!.DeepClone() })),
            ["externalCodes"] = codes is null ? null : new JsonObject
            {
                ["onet"] = codes["onet"]?.DeepClone(),
                ["esco"] = codes["esco"]?.DeepClone(),
                ["sfia"] = codes["sfia"]?.DeepClone(),
            },
            ["source"] = seed["source"]!.DeepClone(),
        };
    }
}
