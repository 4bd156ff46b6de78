using System.Text.Json.Nodes;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Certifications;

/// <summary>The certifications as the API serves them, compared with seed-data/certifications.json.</summary>
public sealed class CertificationCatalogueTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private const string CertificationFields = """
        code name issuer description validityYears renewal prerequisites prerequisiteExperienceYears preparationHours
        evidences { skill { code } level } source
        """;

    private static readonly JsonArray SeedCertifications = SeedFiles.Records("certifications.json", "certifications");

    [Fact]
    public async Task EveryCertificationWithTheSkillsItEvidencesIsWhatCertificationsJsonSays()
    {
        var data = await api.DataAsync($"{{ certifications(first: 100) {{ totalCount nodes {{ {CertificationFields} }} }} }}");

        Assert.Equal(SeedCertifications.Count, data.GetProperty("certifications").GetProperty("totalCount").GetInt32());
        SeedFiles.AssertSameJson(
            SeedFiles.Array(SeedCertifications.OrderBy(c => (string)c!["code"]!, StringComparer.Ordinal).Select(Expected)),
            data.GetProperty("certifications").GetProperty("nodes"), "certifications");
    }

    [Fact]
    public async Task CertificationByCodeIsThatCertificationAndAnUnknownCodeIsNull()
    {
        var data = await api.DataAsync($"{{ cissp: certification(code: \"cissp\") {{ {CertificationFields} }} none: certification(code: \"mcse\") {{ code }} }}");

        SeedFiles.AssertSameJson(Expected(SeedCertifications.Single(c => (string)c!["code"]! == "cissp")), data.GetProperty("cissp"), "certification(code: \"cissp\")");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    /// <summary>A seed certification as the query above must answer it: evidences highest level first, then by skill code.</summary>
    private static JsonNode Expected(JsonNode? seed) => new JsonObject
    {
        ["code"] = seed!["code"]!.DeepClone(),
        ["name"] = seed["name"]!.DeepClone(),
        ["issuer"] = seed["issuer"]!.DeepClone(),
        ["description"] = seed["description"]!.DeepClone(),
        ["validityYears"] = seed["validityYears"]?.DeepClone(),
        ["renewal"] = seed["renewal"]!.DeepClone(),
        ["prerequisites"] = seed["prerequisites"]!.DeepClone(),
        ["prerequisiteExperienceYears"] = seed["prerequisiteExperienceYears"]!.DeepClone(),
        ["preparationHours"] = seed["preparationHours"]!.DeepClone(),
        ["evidences"] = SeedFiles.Array(seed["evidences"]!.AsArray()
            .OrderByDescending(e => (int)e!["level"]!).ThenBy(e => (string)e!["skill"]!, StringComparer.Ordinal)
            .Select(e => (JsonNode?)new JsonObject { ["skill"] = new JsonObject { ["code"] = e!["skill"]!.DeepClone() }, ["level"] = e["level"]!.DeepClone() })),
        ["source"] = seed["source"]!.DeepClone(),
    };
}
