using System.Globalization;
using System.Text.Json;
using CareerPaths.Api.Tests.Audit;

namespace CareerPaths.Api.Tests.Employees;

/// <summary>verifySkill: a manager's verdict on a direct report (HR: anyone), never on oneself, audited.</summary>
public sealed class VerifySkillTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    [AuditsMutation("verifySkill")]
    [Fact]
    public async Task AManagerVerifiesADirectReportAndTheVerdictIsAudited()
    {
        var edsger = await people.EmployeeGlobalIdAsync("E00004");
        var payload = await people.MutateAsync(Persona.ManagerOfA, "verifySkill", new { employeeId = edsger, skill = "service-management", level = 3, note = "Ran the change board." },
            "evidence { skill { code } level source note recordedBy { employeeNumber } }");

        Assert.Empty(PeopleApiFixture.ErrorTypes(payload));
        Assert.Equal("""{"skill":{"code":"service-management"},"level":3,"source":"MANAGER","note":"Ran the change board.","recordedBy":{"employeeNumber":"E00002"}}""",
            payload.GetProperty("evidence").GetRawText());
        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(await AuditTrail.ActorOfAsync(people, Persona.ManagerOfA), audit.Actor);
        Assert.Equal(("Employee", (await people.EmployeeIdAsync("E00004")).ToString(CultureInfo.InvariantCulture), "verify-skill"), (audit.EntityType, audit.EntityId, audit.Action));
        Assert.Null(audit.Before);
        Assert.Equal("manager", audit.After!.Value.GetProperty("source").GetString());
        Assert.Equal(3, audit.After.Value.GetProperty("level").GetInt32());
        Assert.Equal(await people.EmployeeIdAsync("E00002"), audit.After.Value.GetProperty("recordedById").GetInt32());

        // The employee sees the verdict next to their own self-assessment.
        var skills = (await people.DataAsync(Persona.EmployeeA, "{ me { skills { source level } } }")).GetProperty("me").GetProperty("skills");
        Assert.Equal(["MANAGER:3", "SELF:2"], skills.EnumerateArray().Select(s => $"{s.GetProperty("source").GetString()}:{s.GetProperty("level").GetInt32()}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ANewVerdictReplacesTheLastOneWithTheOldOneInTheAudit()
    {
        var donald = await people.EmployeeGlobalIdAsync("E00006");
        var payload = await people.MutateAsync(Persona.HR, "verifySkill", new { employeeId = donald, skill = "security-operations", level = 4 }, "evidence { level source }");

        Assert.Equal("""{"level":4,"source":"MANAGER"}""", payload.GetProperty("evidence").GetRawText());
        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(3, audit.Before!.Value.GetProperty("level").GetInt32());
        Assert.Equal(4, audit.After!.Value.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task OnlyTheDirectManagerOrHRMayVerify()
    {
        var entries = await AuditTrail.CountAsync(people);
        var edsger = await people.EmployeeGlobalIdAsync("E00004");
        var alan = await people.EmployeeGlobalIdAsync("E00002");
        var input = new { employeeId = edsger, skill = "budgeting", level = 2 };

        var skipLevel = await people.MutateAsync(Persona.TopManager, "verifySkill", input);
        var elsewhere = await people.MutateAsync(Persona.ManagerElsewhere, "verifySkill", input);
        var own = await people.MutateAsync(Persona.ManagerOfA, "verifySkill", new { employeeId = alan, skill = "budgeting", level = 5 });
        var malformed = await people.MutateAsync(Persona.ManagerOfA, "verifySkill", new { employeeId = "Um9sZToy", skill = "budgeting", level = 2 });
        var employee = await people.AsAsync(Persona.EmployeeB, "mutation($i: VerifySkillInput!) { verifySkill(input: $i) { errors { __typename } } }", new { i = input });

        Assert.Equal(["NotDirectReportError"], PeopleApiFixture.ErrorTypes(skipLevel));
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(elsewhere));
        Assert.Equal(["CannotVerifyOwnSkillError"], PeopleApiFixture.ErrorTypes(own));
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(malformed));
        Assert.Equal("FORBIDDEN", employee.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, employee.GetProperty("data").ValueKind);
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
    }

    [Fact]
    public async Task BadVerdictsAreTypedErrors()
    {
        var edsger = await people.EmployeeGlobalIdAsync("E00004");
        var payload = await people.MutateAsync(Persona.ManagerOfA, "verifySkill", new { employeeId = edsger, skill = "nope", level = 9 });

        Assert.Equal(["ValueOutOfRangeError", "UnknownSkillError"], PeopleApiFixture.ErrorTypes(payload));
    }
}
