using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Organisation;

/// <summary>The org unit tree: every employee reads its structure (no people come with it).</summary>
public sealed class OrgUnitTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    [Fact]
    public async Task TheTreeIsReadFromTheTopDown()
    {
        var data = await people.DataAsync(Persona.EmployeeA, """
            { orgUnits { code name parent { code } children { code parent { code } children { code } } }
              orgUnit(code: "internal-audit") { id name parent { code } }
              missing: orgUnit(code: "nope") { code } }
            """);

        var top = Assert.Single(data.GetProperty("orgUnits").EnumerateArray());
        Assert.Equal("head-office", top.GetProperty("code").GetString());
        Assert.Equal(["information-security", "internal-audit", "it-operations"], top.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.All(top.GetProperty("children").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("children").GetArrayLength()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        var audit = data.GetProperty("orgUnit");
        var node = await people.DataAsync(Persona.EmployeeB, $$"""{ node(id: "{{audit.GetProperty("id").GetString()}}") { ... on OrgUnit { code } } }""");
        Assert.Equal("""{"code":"internal-audit"}""", node.GetProperty("node").GetRawText());
    }
}
