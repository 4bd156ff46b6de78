using System.Text.Json;
using CareerPaths.Api.Tests.Audit;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Employees;

/// <summary>assessMySkill, addMyCertification, removeMyCertification and setMyCareerGoals: the viewer's own profile, audited.</summary>
public sealed class SelfServiceMutationTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    private static readonly Persona Grace = new("E00003");

    [AuditsMutation("assessMySkill")]
    [Fact]
    public async Task AssessingASkillReplacesTheOwnSelfAssessmentAndIsAudited()
    {
        var first = await people.MutateAsync(Grace, "assessMySkill", new { skill = "budgeting", level = 2, note = "  First try  " }, "evidence { skill { code } level source note recordedBy { employeeNumber } }");
        var second = await people.MutateAsync(Grace, "assessMySkill", new { skill = "budgeting", level = 3 }, "evidence { level source note }");

        Assert.Equal("""{"skill":{"code":"budgeting"},"level":2,"source":"SELF","note":"First try","recordedBy":{"employeeNumber":"E00003"}}""", first.GetProperty("evidence").GetRawText());
        Assert.Equal("""{"level":3,"source":"SELF","note":null}""", second.GetProperty("evidence").GetRawText());
        var skills = (await people.DataAsync(Grace, "{ me { skills { skill { code } source level } } }")).GetProperty("me").GetProperty("skills");
        Assert.Single(skills.EnumerateArray(), s => s.GetProperty("skill").GetProperty("code").GetString() == "budgeting");

        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(await AuditTrail.ActorOfAsync(people, Grace), audit.Actor);
        Assert.Equal(("Employee", (await people.EmployeeIdAsync("E00003")).ToString(System.Globalization.CultureInfo.InvariantCulture), "assess-skill"), (audit.EntityType, audit.EntityId, audit.Action));
        Assert.Equal(2, audit.Before!.Value.GetProperty("level").GetInt32());
        Assert.Equal("First try", audit.Before.Value.GetProperty("note").GetString());
        Assert.Equal(3, audit.After!.Value.GetProperty("level").GetInt32());
        Assert.Equal("self", audit.After.Value.GetProperty("source").GetString());
        Assert.Equal("budgeting", audit.After.Value.GetProperty("skill").GetString());
    }

    [Fact]
    public async Task ABadAssessmentReportsEveryProblemAndWritesNothing()
    {
        var entries = await AuditTrail.CountAsync(people);
        var payload = await people.MutateAsync(Grace, "assessMySkill", new { skill = "no-such-skill", level = 8, note = new string('x', 1001) }, "evidence { level }");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("evidence").ValueKind);
        Assert.Equal(["ValueOutOfRangeError", "TextLengthError", "UnknownSkillError"], PeopleApiFixture.ErrorTypes(payload));
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
        var negative = await people.MutateAsync(Grace, "assessMySkill", new { skill = "budgeting", level = -1 });
        Assert.Equal(["ValueOutOfRangeError"], PeopleApiFixture.ErrorTypes(negative));
    }

    [AuditsMutation("addMyCertification", "removeMyCertification")]
    [Fact]
    public async Task AddingACertificationDerivesItsExpiryAndRemovingItIsAudited()
    {
        var added = await people.MutateAsync(Grace, "addMyCertification", new { certification = "itil-foundation", earnedOn = "2025-06-01" },
            "certification { id certification { code } earnedOn expiresOn }");
        var held = added.GetProperty("certification");
        Assert.Equal("2028-06-01", held.GetProperty("expiresOn").GetString());
        var addAudit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("add-certification", (JsonElement?)null), (addAudit.Action, addAudit.Before));
        Assert.Equal("itil-foundation", addAudit.After!.Value.GetProperty("certification").GetString());

        var removed = await people.MutateAsync(Grace, "removeMyCertification", new { heldCertificationId = held.GetProperty("id").GetString() },
            "employee { certifications { certification { code } } }");
        Assert.Equal(["cism"], removed.GetProperty("employee").GetProperty("certifications").EnumerateArray()
            .Select(c => c.GetProperty("certification").GetProperty("code").GetString()));
        var removeAudit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal("remove-certification", removeAudit.Action);
        Assert.Equal("2025-06-01", removeAudit.Before!.Value.GetProperty("earnedOn").GetString());
        Assert.Null(removeAudit.After);
    }

    [Fact]
    public async Task CertificationProblemsAreTypedErrors()
    {
        var bad = await people.MutateAsync(Grace, "addMyCertification", new { certification = "no-such", earnedOn = "2999-01-01", expiresOn = "2998-01-01" });
        var again = await people.MutateAsync(Grace, "addMyCertification", new { certification = "cism", earnedOn = "2024-03-01" });

        Assert.Equal(["UnknownCertificationError", "InvalidDateError", "InvalidDateError"], PeopleApiFixture.ErrorTypes(bad));
        Assert.Equal(["CertificationAlreadyHeldError"], PeopleApiFixture.ErrorTypes(again));
    }

    [Fact]
    public async Task NobodyRemovesAnotherPersonsCertification()
    {
        await using var db = people.Database.CreateContext();
        var adas = await db.EmployeeCertifications.Where(h => h.Employee.EmployeeNumber == "E00001").Select(h => h.Id).SingleAsync();
        var id = CareerPaths.GraphQL.Relay.GlobalId.Encode("HeldCertification", adas);

        var payload = await people.MutateAsync(Persona.HR, "removeMyCertification", new { heldCertificationId = id });
        var malformed = await people.MutateAsync(Grace, "removeMyCertification", new { heldCertificationId = "not-an-id" });

        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(payload));
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(malformed));
        Assert.True(await db.EmployeeCertifications.AnyAsync(h => h.Id == adas));
    }

    [AuditsMutation("setMyCareerGoals")]
    [Fact]
    public async Task CareerGoalsAreReplacedInOrderAndAudited()
    {
        var payload = await people.MutateAsync(Persona.EmployeeA, "setMyCareerGoals", new { roleCodes = new[] { "security-manager", "it-manager" } },
            "employee { careerGoals { priority targetRole { code } } }");

        Assert.Equal("""[{"priority":1,"targetRole":{"code":"security-manager"}},{"priority":2,"targetRole":{"code":"it-manager"}}]""",
            payload.GetProperty("employee").GetProperty("careerGoals").GetRawText());
        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal("set-career-goals", audit.Action);
        Assert.Equal("""{"roleCodes":["it-manager"]}""", audit.BeforeJson);
        Assert.Equal("""{"roleCodes":["security-manager","it-manager"]}""", audit.AfterJson);
    }

    [Fact]
    public async Task CareerGoalProblemsAreTypedErrors()
    {
        var payload = await people.MutateAsync(Persona.EmployeeB, "setMyCareerGoals",
            new { roleCodes = new[] { "it-manager", "it-manager", "nope", "a", "b", "c" } });

        Assert.Equal(["ValueOutOfRangeError", "DuplicateValueError", "UnknownRoleError", "UnknownRoleError", "UnknownRoleError", "UnknownRoleError"],
            PeopleApiFixture.ErrorTypes(payload));
    }
}
