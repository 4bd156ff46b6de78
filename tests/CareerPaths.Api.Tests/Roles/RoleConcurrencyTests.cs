using System.Text.Json;
using CareerPaths.Api.Tests.Audit;
using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Roles;

/// <summary>No lost updates: an edit based on a stale rowVersion is refused with ConcurrencyConflictError, writing nothing.</summary>
public sealed class RoleConcurrencyTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    [Fact]
    public async Task TheSecondOfTwoEditsFromTheSameVersionIsRefused()
    {
        var draft = (await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "it-manager" }, RoleDraftTests.DraftFields)).GetProperty("draft");
        var id = draft.GetProperty("id").GetString();
        var read = draft.GetProperty("rowVersion").GetString();

        var first = await people.MutateAsync(Persona.HR, "updateRoleDraft", new { draftId = id, expectedRowVersion = read, description = "First editor's text." }, "draft { rowVersion }");
        var entries = await AuditTrail.CountAsync(people);
        var second = await people.MutateAsync(Persona.HR, "updateRoleDraft", new { draftId = id, expectedRowVersion = read, description = "Second editor's text." },
            "draft { id } errors { ... on ConcurrencyConflictError { expectedRowVersion actualRowVersion } }");
        var stalePublish = await people.MutateAsync(Persona.HR, "publishRoleDraft", new { draftId = id, expectedRowVersion = read }, "role { code }");
        var staleArchive = await people.MutateAsync(Persona.HR, "archiveRole", new { roleCode = "it-manager", expectedRowVersion = read });
        var garbage = await people.MutateAsync(Persona.HR, "updateRoleDraft", new { draftId = id, expectedRowVersion = "not-a-version", name = "x" });

        Assert.Empty(PeopleApiFixture.ErrorTypes(first));
        Assert.Equal(["ConcurrencyConflictError"], PeopleApiFixture.ErrorTypes(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("draft").ValueKind);
        var conflict = second.GetProperty("errors")[0];
        Assert.Equal(read, conflict.GetProperty("expectedRowVersion").GetString());
        Assert.Equal(first.GetProperty("draft").GetProperty("rowVersion").GetString(), conflict.GetProperty("actualRowVersion").GetString());
        Assert.Equal(["ConcurrencyConflictError"], PeopleApiFixture.ErrorTypes(stalePublish));
        Assert.Equal(["ConcurrencyConflictError"], PeopleApiFixture.ErrorTypes(staleArchive));
        Assert.Equal(["ConcurrencyConflictError"], PeopleApiFixture.ErrorTypes(garbage));
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
        var stored = (await people.DataAsync(Persona.HR, """{ roleVersions(roleCode: "it-manager") { status description } }""")).GetProperty("roleVersions")[0];
        Assert.Equal("First editor's text.", stored.GetProperty("description").GetString());
    }

    [Fact]
    public async Task OfTwoConcurrentEditsExactlyOneWins()
    {
        var draft = (await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "it-technician" }, RoleDraftTests.DraftFields)).GetProperty("draft");
        var id = draft.GetProperty("id").GetString();
        var read = draft.GetProperty("rowVersion").GetString();
        var entries = await AuditTrail.CountAsync(people);

        var edits = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            people.MutateAsync(Persona.HR, "updateRoleDraft", new { draftId = id, expectedRowVersion = read, minimumExperienceYears = i }, "draft { minimumExperienceYears }")));

        var winners = edits.Where(e => PeopleApiFixture.ErrorTypes(e).Length == 0).ToList();
        var winner = Assert.Single(winners);
        Assert.All(edits.Except(winners), e => Assert.Equal(["ConcurrencyConflictError"], PeopleApiFixture.ErrorTypes(e)));
        Assert.Equal(entries + 1, await AuditTrail.CountAsync(people));
        var stored = (await people.DataAsync(Persona.HR, """{ roleDrafts { code minimumExperienceYears } }""")).GetProperty("roleDrafts")
            .EnumerateArray().Single(d => d.GetProperty("code").GetString() == "it-technician");
        Assert.Equal(winner.GetProperty("draft").GetProperty("minimumExperienceYears").GetInt32(), stored.GetProperty("minimumExperienceYears").GetInt32());
    }
}
