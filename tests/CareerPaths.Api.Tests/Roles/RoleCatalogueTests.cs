using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Roles;

/// <summary>The published roles as the API serves them, compared with seed-data/roles.json and transitions.json.</summary>
public sealed class RoleCatalogueTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private const string RoleFields = """
        code name family tier side description responsibilities minimumExperienceYears
        education { level fields required }
        requirements { skill { code } requiredLevel importance essential }
        certificationRequirements { required certifications { code } }
        sources versionNumber status
        """;

    private static readonly JsonArray SeedRoles = SeedFiles.Records("roles.json", "roles");

    [Fact]
    public async Task EveryPublishedRoleWithItsRequirementsIsWhatRolesJsonSays()
    {
        var data = await api.DataAsync($"{{ roles(first: 100) {{ totalCount nodes {{ {RoleFields} publishedAt }} }} }}");

        var roles = data.GetProperty("roles");
        Assert.Equal(SeedRoles.Count, roles.GetProperty("totalCount").GetInt32());
        var expected = SeedFiles.Array(SeedRoles.OrderBy(r => (string)r!["code"]!, StringComparer.Ordinal).Select(Expected));
        var actual = JsonNode.Parse(roles.GetProperty("nodes").GetRawText())!.AsArray();
        foreach (var role in actual)
        {
            Assert.False(string.IsNullOrEmpty((string?)role!["publishedAt"]), $"{role["code"]} has no publishedAt");
            role.AsObject().Remove("publishedAt");
        }

        SeedFiles.AssertSameJson(expected, JsonSerializer.SerializeToElement(actual), "roles");
    }

    [Fact]
    public async Task RoleByCodeIsThatPublishedRole()
    {
        var data = await api.DataAsync($"{{ role(code: \"ciso\") {{ {RoleFields} }} }}");

        SeedFiles.AssertSameJson(Expected(SeedRoles.Single(r => (string)r!["code"]! == "ciso")), data.GetProperty("role"), "role(code: \"ciso\")");
    }

    [Fact]
    public async Task AnUnknownRoleCodeIsNullWithoutError()
    {
        var response = await api.GraphQLAsync("{ role(code: \"astronaut\") { code } }");

        Assert.Equal("""{"data":{"role":null}}""", response.GetRawText());
    }

    [Theory]
    [InlineData("family: SECURITY", "security", null)]
    [InlineData("tier: OPERATIONAL", null, "operational")]
    [InlineData("family: GOVERNANCE, tier: TACTICAL", "governance", "tactical")]
    [InlineData("family: INFORMATION_SYSTEMS", "information-systems", null)]
    public async Task FamilyAndTierFilterThePublishedRoles(string arguments, string? family, string? tier)
    {
        var data = await api.DataAsync($"{{ roles(first: 100, {arguments}) {{ totalCount nodes {{ code }} }} }}");

        var expected = SeedRoles
            .Where(r => (family is null || (string)r!["family"]! == family) && (tier is null || (string)r!["tier"]! == tier))
            .Select(r => (string)r!["code"]!).Order(StringComparer.Ordinal).ToArray();
        var roles = data.GetProperty("roles");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, roles.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal(expected.Length, roles.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TransitionsFromAndToEachRoleAreWhatTransitionsJsonSays()
    {
        var data = await api.DataAsync("""
            { roles(first: 100) { nodes { code
                transitionsFrom { from { code } to { code } typicalYears note }
                transitionsTo { from { code } to { code } typicalYears note } } } }
            """);

        var transitions = SeedFiles.Records("transitions.json", "transitions");
        foreach (var role in data.GetProperty("roles").GetProperty("nodes").EnumerateArray())
        {
            var code = role.GetProperty("code").GetString();
            AssertTransitions(transitions.Where(t => (string)t!["from"]! == code), role.GetProperty("transitionsFrom"), $"{code}.transitionsFrom");
            AssertTransitions(transitions.Where(t => (string)t!["to"]! == code), role.GetProperty("transitionsTo"), $"{code}.transitionsTo");
        }
    }

    // Quickest first; the seed file groups transitions by career ladder, so only equal years keep its order.
    private static void AssertTransitions(IEnumerable<JsonNode?> seed, JsonElement actual, string what) => SeedFiles.AssertSameJson(
        SeedFiles.Array(seed.OrderBy(t => (double)t!["typicalYears"]!).Select(t => (JsonNode?)new JsonObject
        {
            ["from"] = new JsonObject { ["code"] = (string)t!["from"]! },
            ["to"] = new JsonObject { ["code"] = (string)t["to"]! },
            ["typicalYears"] = (double)t["typicalYears"]!,
            ["note"] = (string?)t["note"],
        })),
        actual, what);

    /// <summary>A seed role as the query above must answer it.</summary>
    internal static JsonNode Expected(JsonNode? seed) => new JsonObject
    {
        ["code"] = seed!["code"]!.DeepClone(),
        ["name"] = seed["name"]!.DeepClone(),
        ["family"] = SeedFiles.EnumValue(seed["family"]),
        ["tier"] = SeedFiles.EnumValue(seed["tier"]),
        ["side"] = SeedFiles.EnumValue(seed["side"]),
        ["description"] = seed["description"]!.DeepClone(),
        ["responsibilities"] = seed["responsibilities"]!.DeepClone(),
        ["minimumExperienceYears"] = seed["minimumExperienceYears"]!.DeepClone(),
        ["education"] = SeedFiles.Array(seed["education"]!.AsArray().Select(e => (JsonNode?)new JsonObject
        {
            ["level"] = SeedFiles.EnumValue(e!["level"]),
            ["fields"] = e["fields"]!.DeepClone(),
            ["required"] = e["required"]!.DeepClone(),
        })),
        ["requirements"] = SeedFiles.Array(seed["requirements"]!.AsArray().Select(r => (JsonNode?)new JsonObject
        {
            ["skill"] = new JsonObject { ["code"] = r!["skill"]!.DeepClone() },
            ["requiredLevel"] = r["level"]!.DeepClone(),
            ["importance"] = r["importance"]!.DeepClone(),
            ["essential"] = r["essential"]!.DeepClone(),
        })),
        // The database keeps no order within an "any of" group: the API lists its certifications by code.
        ["certificationRequirements"] = SeedFiles.Array(seed["certifications"]!.AsArray().Select(g => (JsonNode?)new JsonObject
        {
            ["required"] = g!["required"]!.DeepClone(),
            ["certifications"] = SeedFiles.Array(g["anyOf"]!.AsArray().Select(c => (string)c!).Order(StringComparer.Ordinal)
                .Select(c => (JsonNode?)new JsonObject { ["code"] = c })),
        })),
        ["sources"] = seed["sources"]!.DeepClone(),
        ["versionNumber"] = 1,
        ["status"] = "PUBLISHED",
    };
}
