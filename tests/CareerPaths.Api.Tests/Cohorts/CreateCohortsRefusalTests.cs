using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Matching.Support;
using Microsoft.EntityFrameworkCore;
using static CareerPaths.Api.Tests.Matching.Support.ComparisonShapes;

namespace CareerPaths.Api.Tests.Cohorts;

/// <summary>
/// Each reason <c>createCohorts</c> refuses a proposal comes back as its typed error in the payload, naming the
/// input field; the cases are found in the seeded data with the library (<see cref="CohortCandidates"/>).
/// </summary>
public sealed class CreateCohortsRefusalTests(MatcherApiFixture fixture) : IClassFixture<MatcherApiFixture>
{
    [Fact]
    public async Task ASessionThatHasACohortIsTaken()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, _, code) = candidates.FreeSessions.First(s => candidates.LearnersOf(s.Offering).Count >= 2);
        var learners = candidates.LearnersOf(offering);
        Assert.Empty(await ErrorsAsync(new { sessionCode = code, memberIds = new[] { Id("Employee", learners[0]) } }));

        var errors = await ErrorsAsync(new { sessionCode = code, memberIds = new[] { Id("Employee", learners[1]) } });

        Assert.Equal(["SessionTakenError"], errors.Select(e => e.Type));
    }

    [Fact]
    public async Task NobodySitsInTwoSessionsWhoseDatesOverlap()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var sessions = candidates.FreeSessions;
        var (person, first, second) = (
            from a in sessions
            from b in sessions
            where a.Offering.Id < b.Offering.Id && a.Session.Overlaps(b.Session)
                  && !a.Offering.Raises.Select(r => r.SkillId).Intersect(b.Offering.Raises.Select(r => r.SkillId)).Any()
            from p in candidates.LearnersOf(a.Offering).Intersect(candidates.LearnersOf(b.Offering))
            select (p, a.Code, b.Code)).First();

        var errors = await ErrorsAsync(
            new { sessionCode = first, memberIds = new[] { Id("Employee", person) } },
            new { sessionCode = second, memberIds = new[] { Id("Employee", person) } });

        Assert.Equal([("DoubleBookedError", "cohorts[1].memberIds[0]")], errors);
    }

    [Fact]
    public async Task ACohortLargerThanTheOfferingsCapacityIsRefused()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, _, code) = candidates.FreeSessions.First(s => candidates.LearnersOf(s.Offering).Count > s.Offering.Capacity);

        var errors = await ErrorsAsync(new
        {
            sessionCode = code,
            memberIds = candidates.LearnersOf(offering).Take(offering.Capacity + 1).Select(p => Id("Employee", p)).ToArray(),
        });

        Assert.Equal([("CapacityExceededError", "cohorts[0].memberIds")], errors);
    }

    [Fact]
    public async Task SomeoneWithNothingToLearnThereIsRefused()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, _, code) = candidates.FreeSessions.First(s => candidates.Learners.Keys.Any(p => candidates.Closes(p, s.Offering) == 0));
        var person = candidates.Learners.Keys.Order().First(p => candidates.Closes(p, offering) == 0);

        var errors = await ErrorsAsync(new { sessionCode = code, memberIds = new[] { Id("Employee", person) } });

        Assert.Equal([("NothingToLearnError", "cohorts[0].memberIds[0]")], errors);
    }

    [Fact]
    public async Task ASessionThatHasStartedIsRefused()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, session, code) = candidates.FreeSessions.First(s => candidates.LearnersOf(s.Offering).Count > 0);
        var clock = fixture.Clock.Now;
        fixture.Clock.Now = new DateTimeOffset(session.Starts.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        try
        {
            var errors = await ErrorsAsync(new { sessionCode = code, memberIds = new[] { Id("Employee", candidates.LearnersOf(offering)[0]) } });

            Assert.Contains(("SessionStartedError", "cohorts[0].sessionCode"), errors);
        }
        finally
        {
            fixture.Clock.Now = clock;
        }
    }

    [Fact]
    public async Task InputProblemsAreAllReportedAtOnceAndNothingIsWritten()
    {
        var candidates = await CohortCandidates.LoadAsync(fixture);
        var (offering, _, code) = candidates.FreeSessions.First(s => candidates.LearnersOf(s.Offering).Count > 0);
        var learner = Id("Employee", candidates.LearnersOf(offering)[0]);
        var (_, _, other) = candidates.FreeSessions.Last();
        await using var db = fixture.Database.CreateContext();
        var before = await db.Cohorts.CountAsync();

        var errors = await ErrorsAsync(
            new { sessionCode = code, memberIds = new[] { learner, learner, "not-an-id" } },
            new { sessionCode = other, memberIds = Array.Empty<string>() },
            new { sessionCode = code, memberIds = new[] { learner } });

        // Member ids are read for every cohort first, then each cohort is checked in order, the list's repeats last.
        Assert.Equal(
            [("DuplicateValueError", "cohorts[0].memberIds"), ("NotFoundError", "cohorts[0].memberIds[2]"),
             ("ValueOutOfRangeError", "cohorts[1].memberIds"), ("DuplicateValueError", "cohorts")],
            errors);
        Assert.Equal(before, await db.Cohorts.CountAsync());
    }

    [Theory]
    [InlineData("[]", "ValueOutOfRangeError", "cohorts")]
    [InlineData("""[{ sessionCode: "no-such-session", memberIds: [] }]""", "UnknownSessionError", "cohorts[0].sessionCode")]
    public async Task AnEmptyOrUnknownProposalIsRefused(string cohorts, string error, string field)
    {
        var payload = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment,
            $$"""mutation { createCohorts(input: { cohorts: {{cohorts}} }) { errors { __typename ... on UnknownSessionError { field } ... on ValueOutOfRangeError { field } } } }"""))
            .GetProperty("createCohorts");

        Assert.Equal([(error, field)], Errors(payload));
    }

    [Fact]
    public async Task AnInvalidPopulationIsAPayloadErrorNamingTheInputField()
    {
        var payload = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, """
            mutation { createCohorts(input: { cohorts: [{ sessionCode: "x", memberIds: [] }], roleIds: ["nonsense"] }) { errors { __typename ... on InvalidPopulationError { field message } } } }
            """)).GetProperty("createCohorts");

        Assert.Equal([("InvalidPopulationError", "roleIds[0]")], Errors(payload));
    }

    [Theory]
    [InlineData(PersonaPicker.Employee)]
    [InlineData(PersonaPicker.Manager)]
    public async Task PeopleWithoutTheLAndDOrHRRoleAreRefused(string persona)
    {
        var response = await fixture.AskAsync(persona, """mutation { createCohorts(input: { cohorts: [] }) { errors { __typename } } }""");

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<List<(string Type, string Field)>> ErrorsAsync(params object[] cohorts)
    {
        var payload = (await fixture.DataAsync(PersonaPicker.LearningAndDevelopment, """
            mutation($input: CreateCohortsInput!) {
              createCohorts(input: $input) {
                errors { __typename ... on Error { message }
                  ... on SessionTakenError { field } ... on DoubleBookedError { field } ... on CapacityExceededError { field }
                  ... on NothingToLearnError { field } ... on SessionStartedError { field } ... on DuplicateValueError { field }
                  ... on NotFoundError { field } ... on ValueOutOfRangeError { field } ... on UnknownSessionError { field } }
              }
            }
            """, new { input = new { cohorts } })).GetProperty("createCohorts");
        return Errors(payload);
    }

    private static List<(string Type, string Field)> Errors(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("__typename").GetString()!, e.GetProperty("field").GetString()!))];
}
