using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Cohorts;

/// <summary>
/// <c>planCohorts</c> is the library's plan for the same population, offerings and budget (only sessions after the
/// fixture's day; nothing stored yet), shown to L&amp;D with names and the gaps each cohort covers — and to nobody else.
/// </summary>
[Collection(MatcherApiCollection.Name)]
public sealed class PlanCohortsTests(MatcherApiFixture fixture)
{
    private const string Query = $$"""query($input: PlanCohortsInput!) { planCohorts(input: $input) { {{CohortShapes.Plan}} } }""";

    [Theory]
    [InlineData(PersonaPicker.LearningAndDevelopment, 20_000, null, new string[0], false, new string[0])]
    [InlineData(PersonaPicker.HR, 6_000, "office-of-the-cio", new string[0], false, new string[0])]
    [InlineData(PersonaPicker.LearningAndDevelopment, 50_000, null, new[] { "cybersecurity-manager", "it-security-manager" }, false, new string[0])]
    [InlineData(PersonaPicker.LearningAndDevelopment, 9_000, null, new string[0], false, new[] { "course-itsm-practices", "prep-itil-foundation", "course-communication" })]
    public async Task ThePlanIsTheLibrarys(string persona, double budget, string? orgUnit, string[] roleCodes, bool onlyTargeting, string[] offeringCodes)
    {
        var reference = await fixture.ReferenceAsync();
        await using var db = fixture.Database.CreateContext();
        int? unit = orgUnit is null ? null : await db.OrgUnits.Where(u => u.Code == orgUnit).Select(u => u.Id).SingleAsync();
        var roles = await db.RoleProfiles.Where(r => roleCodes.Contains(r.Code)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        var offerings = await db.LearningOfferings.Where(o => offeringCodes.Contains(o.Code)).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        var scope = new GapScope(unit, roles.Count > 0 ? roles : null, onlyTargeting);

        var data = await fixture.DataAsync(persona, Query, new
        {
            input = new
            {
                budget,
                orgUnitId = unit is { } u ? ComparisonShapes.Id("OrgUnit", u) : null,
                roleIds = roles.Count > 0 ? roles.Select(r => ComparisonShapes.Id("Role", r)).ToArray() : null,
                onlyPeopleTargetingRoles = onlyTargeting,
                offeringIds = offerings.Count > 0 ? offerings.Select(o => ComparisonShapes.Id("LearningOffering", o)).ToArray() : null,
            },
        });

        var expected = reference.PlanCohorts(new CohortRequest(scope, budget, offerings.Count > 0 ? offerings : null, EarliestStart: MatcherApiFixture.Today.AddDays(1)));
        Assert.NotEmpty(expected.Cohorts);
        Assert.True(expected.TotalCost <= budget);
        JsonAssert.Same(await CohortShapes.OfAsync(expected, reference, scope, fixture.Database), data.GetProperty("planCohorts"));
    }

    [Fact]
    public async Task SessionsThatHaveStartedAreNotProposed()
    {
        await using var db = fixture.Database.CreateContext();
        var firstStart = await db.LearningSessions.MinAsync(s => s.StartsOn);
        var started = await db.LearningSessions.Where(s => s.StartsOn <= firstStart.AddDays(14)).Select(s => s.Code).ToListAsync();
        var clock = fixture.Clock.Now;
        fixture.Clock.Now = new DateTimeOffset(firstStart.AddDays(14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        try
        {
            var data = await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, "{ planCohorts(input: { budget: 100000 }) { cohorts { session { code } } } }");

            var proposed = data.GetProperty("planCohorts").GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("session").GetProperty("code").GetString()).ToList();
            Assert.NotEmpty(proposed);
            Assert.NotEmpty(started);
            Assert.DoesNotContain(proposed, code => started.Contains(code!));
        }
        finally
        {
            fixture.Clock.Now = clock;
        }
    }

    [Theory]
    [InlineData(PersonaPicker.Employee)]
    [InlineData(PersonaPicker.Manager)]
    public async Task PeopleWithoutTheLAndDOrHRRoleAreRefused(string persona)
    {
        var response = await fixture.AskAsync(persona, "{ planCohorts(input: { budget: 1000 }) { totalCost } }");

        Assert.Equal("FORBIDDEN", response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }
}
