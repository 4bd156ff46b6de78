using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.Succession;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// <c>successionCandidates</c> pages through the library's ranking (HR: everyone; a manager: the library's
/// ranking with everyone outside their reporting line left out, also from the count); <c>successionRisks</c> is
/// the library's list of roles nobody could take within a year.
/// </summary>
[Collection(MatcherApiCollection.Name)]
public sealed class SuccessionTests(MatcherApiFixture fixture)
{
    private const string Page = """
        query($roleId: ID!, $first: Int, $after: String) {
          successionCandidates(roleId: $roleId, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { employee { id } readiness fit monthsToReady } }
          }
        }
        """;

    [Theory]
    [InlineData("it-service-manager", 7)]
    [InlineData("cio", 100)]
    public async Task HRPagesThroughTheLibrarysWholeRanking(string roleCode, int pageSize)
    {
        var reference = await fixture.ReferenceAsync();
        var expected = reference.Succession(await fixture.RoleIdAsync(roleCode));

        var (candidates, totalCount) = await AllPagesAsync(PersonaPicker.HR, roleCode, pageSize);

        Assert.True(expected.Length > 100, "the seeded data should rank more people than one page holds");
        Assert.Equal(expected.Length, totalCount);
        JsonAssert.Same(expected.Select(Shape), candidates);
    }

    [Fact]
    public async Task AManagerSeesTheRankingOfTheirReportingLineOnly()
    {
        var reference = await fixture.ReferenceAsync();
        var line = await ReportingLineAsync(fixture.Personas.EmployeeId(PersonaPicker.Manager));
        var expected = reference.Succession(await fixture.RoleIdAsync("it-manager")).Where(c => line.Contains(c.PersonId)).ToList();

        var (candidates, totalCount) = await AllPagesAsync(PersonaPicker.Manager, "it-manager", 5);

        Assert.InRange(expected.Count, 2, line.Count);
        Assert.Equal(expected.Count, totalCount);
        JsonAssert.Same(expected.Select(Shape), candidates);
    }

    [Theory]
    [InlineData(PersonaPicker.HR)]
    [InlineData(PersonaPicker.LearningAndDevelopment)]
    public async Task SuccessionRisksAreTheLibrarys(string persona)
    {
        var reference = await fixture.ReferenceAsync();

        var data = await fixture.DataAsync(persona, "{ successionRisks { role { id } readyNow withinOneYear oneToThreeYears later atRisk } }");

        var expected = reference.SuccessionRisks();
        Assert.NotEmpty(expected);
        JsonAssert.Same(expected.Select(Shape), data.GetProperty("successionRisks"));
    }

    [Theory]
    [InlineData(PersonaPicker.Employee, "successionCandidates")]
    [InlineData(PersonaPicker.LearningAndDevelopment, "successionCandidates")]
    [InlineData(PersonaPicker.Employee, "successionRisks")]
    [InlineData(PersonaPicker.Manager, "successionRisks")]
    public async Task OthersAreRefused(string persona, string field)
    {
        var query = field == "successionRisks" ? "{ successionRisks { atRisk } }"
            : $"{{ successionCandidates(roleId: \"{await fixture.RoleGlobalIdAsync("cio")}\") {{ totalCount }} }}";

        var response = await fixture.AskAsync(persona, query);

        Assert.Equal("FORBIDDEN", response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(JsonElement Candidates, int TotalCount)> AllPagesAsync(string persona, string roleCode, int pageSize)
    {
        var role = await fixture.RoleGlobalIdAsync(roleCode);
        var all = new List<JsonElement>();
        string? after = null;
        int totalCount;
        while (true)
        {
            var page = (await fixture.DataAsync(persona, Page, new { roleId = role, first = pageSize, after })).GetProperty("successionCandidates");
            totalCount = page.GetProperty("totalCount").GetInt32();
            all.AddRange(page.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node")));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        return (JsonSerializer.SerializeToElement(all), totalCount);
    }

    private async Task<HashSet<int>> ReportingLineAsync(int manager)
    {
        await using var db = fixture.Database.CreateContext();
        var managers = await db.Employees.Select(e => new { e.Id, e.ManagerId }).ToListAsync();
        var line = new HashSet<int> { manager };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var employee in managers.Where(e => e.ManagerId is { } m && line.Contains(m)))
            {
                grew |= line.Add(employee.Id);
            }
        }

        return line;
    }

    private static object Shape(SuccessionCandidate candidate) => new
    {
        employee = ComparisonShapes.Ref("Employee", candidate.PersonId),
        readiness = JsonAssert.EnumName(candidate.Readiness),
        fit = candidate.Fit,
        monthsToReady = candidate.MonthsToReady,
    };

    private static object Shape(BenchStrength bench) => new
    {
        role = ComparisonShapes.Ref("Role", bench.RoleId),
        readyNow = bench.ReadyNow,
        withinOneYear = bench.WithinOneYear,
        oneToThreeYears = bench.OneToThreeYears,
        later = bench.Later,
        atRisk = bench.AtRisk,
    };
}
