using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Audit;

/// <summary>The audit log through GraphQL: HR reads it, newest first, filtered; nobody else reads it at all.</summary>
public sealed class AuditEntriesTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    [Fact]
    public async Task HRReadsTheLogNewestFirstAndFiltered()
    {
        await people.MutateAsync(Persona.EmployeeA, "assessMySkill", new { skill = "budgeting", level = 1 });
        await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "it-manager" });
        var actor = await AuditTrail.ActorOfAsync(people, Persona.EmployeeA);
        var employeeId = (await people.EmployeeIdAsync("E00004")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var data = await people.DataAsync(Persona.HR, """
            query($actor: String, $id: String) {
              all: auditEntries(first: 10) { totalCount nodes { entityType action } }
              mine: auditEntries(actor: $actor) { nodes { actor entityType entityId action before after occurredAt } }
              roles: auditEntries(entityType: "RoleProfile", entityId: "it-manager") { totalCount nodes { action } }
              person: auditEntries(entityType: "Employee", entityId: $id) { totalCount } }
            """, new { actor, id = employeeId });

        Assert.Equal(2, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(["RoleProfile:create-draft", "Employee:assess-skill"], data.GetProperty("all").GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("entityType").GetString()}:{n.GetProperty("action").GetString()}"));
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal((actor, "Employee", employeeId), (mine.GetProperty("actor").GetString(), mine.GetProperty("entityType").GetString(), mine.GetProperty("entityId").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("before").ValueKind);
        Assert.Contains("\"budgeting\"", mine.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, data.GetProperty("roles").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("person").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("E00004")]
    [InlineData("E00001", "Manager")]
    [InlineData("E00005", "LearningAndDevelopment")]
    public async Task NobodyButHRReadsTheLog(string employeeNumber, params string[] roles)
    {
        var response = await people.AsAsync(new Persona(employeeNumber, roles), "{ auditEntries { totalCount nodes { actor } } }");

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }
}
