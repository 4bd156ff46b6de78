using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Matching;

/// <summary><c>skillGapHeatmap</c> is the library's heat map for the same population, for L&amp;D and HR only.</summary>
[Collection(MatcherApiCollection.Name)]
public sealed class SkillGapHeatmapTests(MatcherApiFixture fixture)
{
    private const string Query = """
        query($orgUnitId: ID, $roleIds: [ID!], $only: Boolean!) {
          skillGapHeatmap(orgUnitId: $orgUnitId, roleIds: $roleIds, onlyPeopleTargetingRoles: $only) {
            skills { id }
            total { orgUnit { id } headcount cells { skill { id } peopleWithGap totalGapLevels severity } }
            rows { orgUnit { id } headcount cells { skill { id } peopleWithGap totalGapLevels severity } }
          }
        }
        """;

    [Theory]
    [InlineData(PersonaPicker.LearningAndDevelopment, null, new string[0], false)]
    [InlineData(PersonaPicker.HR, "office-of-the-cio", new string[0], false)]
    [InlineData(PersonaPicker.LearningAndDevelopment, null, new[] { "cybersecurity-manager", "it-auditor" }, false)]
    [InlineData(PersonaPicker.LearningAndDevelopment, "it-operations", new[] { "it-manager" }, false)]
    [InlineData(PersonaPicker.HR, null, new[] { "cio", "head-of-it", "it-manager" }, true)]
    public async Task TheHeatmapIsTheLibrarys(string persona, string? orgUnit, string[] roleCodes, bool onlyTargeting)
    {
        var reference = await fixture.ReferenceAsync();
        int? unit = orgUnit is null ? null : await OrgUnitIdAsync(orgUnit);
        var roles = new List<int>();
        foreach (var code in roleCodes)
        {
            roles.Add(await fixture.RoleIdAsync(code));
        }

        var data = await fixture.DataAsync(persona, Query, new
        {
            orgUnitId = unit is { } u ? ComparisonShapes.Id("OrgUnit", u) : null,
            roleIds = roles.Count > 0 ? roles.Select(r => ComparisonShapes.Id("Role", r)).ToArray() : null,
            only = onlyTargeting,
        });

        var expected = reference.SkillGapHeatMap(new GapScope(unit, roles.Count > 0 ? roles : null, onlyTargeting));
        Assert.True(expected.Total.Headcount > 0 && expected.Total.Cells.Any(cell => cell.PeopleWithGap > 0), "a heat map without gaps would test little");
        JsonAssert.Same(new
        {
            skills = ComparisonShapes.Refs("Skill", expected.SkillIds),
            total = Shape(expected.Total),
            rows = expected.Rows.Select(Shape),
        }, data.GetProperty("skillGapHeatmap"));
    }

    [Theory]
    [InlineData(PersonaPicker.Employee)]
    [InlineData(PersonaPicker.Manager)]
    public async Task PeopleWithoutTheLAndDOrHRRoleAreRefused(string persona)
    {
        var response = await fixture.AskAsync(persona, "{ skillGapHeatmap { total { headcount } } }");

        Assert.Equal("FORBIDDEN", response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    private static object Shape(HeatMapRow row) => new
    {
        orgUnit = ComparisonShapes.RefOrNull("OrgUnit", row.OrgUnitId),
        headcount = row.Headcount,
        cells = row.Cells.Select(cell => new
        {
            skill = ComparisonShapes.Ref("Skill", cell.SkillId),
            peopleWithGap = cell.PeopleWithGap,
            totalGapLevels = cell.TotalGapLevels,
            severity = cell.Severity,
        }),
    };

    private async Task<int> OrgUnitIdAsync(string code)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }
}
