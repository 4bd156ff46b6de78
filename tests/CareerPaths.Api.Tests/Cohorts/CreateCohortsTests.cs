using System.Text.Json;
using CareerPaths.Api.Audit;
using CareerPaths.Api.Tests.Audit;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Cohorts;

/// <summary>
/// <c>createCohorts</c> stores an accepted proposal exactly, with one audit entry per cohort in the same
/// transaction, and later proposals plan around it; a proposal with any problem stores and audits nothing.
/// </summary>
public sealed class CreateCohortsTests(MatcherApiFixture fixture) : IClassFixture<MatcherApiFixture>
{
    private const string Create = """
        mutation($input: CreateCohortsInput!) {
          createCohorts(input: $input) {
            cohorts { id session { code } offering { id } members { employeeId name } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    [Fact]
    [AuditsMutation("createCohorts")]
    public async Task AnAcceptedProposalIsStoredAuditedAndPlannedAround()
    {
        var proposal = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment,
            "{ planCohorts(input: { budget: 8000 }) { cohorts { session { code } members { employeeId } } } }")).GetProperty("planCohorts").GetProperty("cohorts");
        var accepted = proposal.EnumerateArray().Select(c => new
        {
            sessionCode = c.GetProperty("session").GetProperty("code").GetString()!,
            memberIds = c.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("employeeId").GetString()!).ToArray(),
        }).ToList();
        Assert.True(accepted.Count >= 2, "the seeded data should give a proposal of several cohorts");

        var payload = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, Create, new { input = new { cohorts = accepted } })).GetProperty("createCohorts");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var stored = payload.GetProperty("cohorts").EnumerateArray().ToList();
        Assert.Equal(accepted.Select(c => c.sessionCode), stored.Select(c => c.GetProperty("session").GetProperty("code").GetString()));
        Assert.All(accepted.Zip(stored), pair => Assert.Equal(
            pair.First.memberIds.Order(StringComparer.Ordinal), pair.Second.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("employeeId").GetString()!).Order(StringComparer.Ordinal)));

        await using var db = fixture.Database.CreateContext();
        var rows = await db.Cohorts.Include(c => c.LearningSession).Include(c => c.Members).ToListAsync();
        Assert.Equal(accepted.Select(c => c.sessionCode).Order(StringComparer.Ordinal), rows.Select(c => c.LearningSession.Code).Order(StringComparer.Ordinal));
        var audit = await db.AuditEntries.Where(e => e.EntityType == AuditedEntities.Cohort).ToListAsync();
        Assert.Equal(rows.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), audit.Select(e => e.EntityId).Order());
        Assert.All(audit, entry => Assert.Equal(fixture.Personas.Subject(PersonaPicker.LearningAndDevelopment).ObjectId.ToString("D"), entry.Actor["oid:".Length..]));
        Assert.All(audit, entry =>
        {
            var row = rows.Single(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == entry.EntityId);
            Assert.Equal("create-cohort", entry.Action);
            Assert.Null(entry.Before);
            using var after = JsonDocument.Parse(entry.After!);
            Assert.Equal(row.LearningSession.Code, after.RootElement.GetProperty("session").GetString());
            Assert.Equal(row.Members.Select(m => m.EmployeeId).Order(), after.RootElement.GetProperty("memberIds").EnumerateArray().Select(m => m.GetInt32()).Order());
        });

        // Planning again works around what is stored: the library given the stored seats, through the API.
        var reference = await fixture.ReferenceAsync();
        var enrolments = rows.SelectMany(c => c.Members.Select(m => new Enrolment(m.EmployeeId, c.LearningSession.LearningOfferingId, c.LearningSessionId))).ToList();
        var again = await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, $$"""{ planCohorts(input: { budget: 8000 }) { {{CohortShapes.Plan}} } }""");
        var expected = reference.PlanCohorts(new CohortRequest(new GapScope(), 8000, Enrolments: enrolments, EarliestStart: MatcherApiFixture.Today.AddDays(1)));
        Assert.DoesNotContain(expected.Cohorts, c => rows.Any(r => r.LearningSessionId == c.SessionId));
        JsonAssert.Same(await CohortShapes.OfAsync(expected, reference, new GapScope(), fixture.Database), again.GetProperty("planCohorts"));

        var node = await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, "query($id: ID!) { node(id: $id) { ... on Cohort { session { code } } } }",
            new { id = stored[0].GetProperty("id").GetString() });
        Assert.Equal(accepted[0].sessionCode, node.GetProperty("node").GetProperty("session").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AProposalWithAnyProblemStoresAndAuditsNothing()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, _, code) = candidates.FreeSessions.First(s => candidates.LearnersOf(s.Offering).Count > 0);
        var good = new { sessionCode = code, memberIds = new[] { ComparisonShapes.Id("Employee", candidates.LearnersOf(offering)[0]) } };
        var bad = new { sessionCode = "no-such-session", memberIds = new[] { fixture.EmployeeId(PersonaPicker.Employee) } };
        var (cohorts, entries) = await CountsAsync();

        var payload = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, Create, new { input = new { cohorts = new object[] { good, bad } } })).GetProperty("createCohorts");

        Assert.Equal(["UnknownSessionError"], payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("cohorts").ValueKind);
        Assert.Equal((cohorts, entries), await CountsAsync());
    }

    private async Task<(int Cohorts, int AuditEntries)> CountsAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return (await db.Cohorts.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
