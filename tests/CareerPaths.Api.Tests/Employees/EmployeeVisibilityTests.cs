using System.Text.Json;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Tests.Employees;

/// <summary>Who sees whom, through every path to a person: me, employee(id:), node(id:), nodes, the connection, links.</summary>
public sealed class EmployeeVisibilityTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    private const string Page = "{ employees(first: 100) { totalCount nodes { employeeNumber } edges { node { employeeNumber } } } }";

    [Theory]
    [InlineData("E00004")]
    [InlineData("E00002", "Manager")]
    [InlineData("E00005", "HR")]
    [InlineData("E00005", "LearningAndDevelopment")]
    public async Task MeIsTheSignedInPerson(string employeeNumber, params string[] roles)
    {
        var me = (await people.DataAsync(new Persona(employeeNumber, roles), "{ me { id employeeNumber } }")).GetProperty("me");

        Assert.Equal(employeeNumber, me.GetProperty("employeeNumber").GetString());
        Assert.Equal(await people.EmployeeGlobalIdAsync(employeeNumber), me.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("E00004", "", "E00004")]
    [InlineData("E00005", "LearningAndDevelopment", "E00005")]
    [InlineData("E00002", "Manager", "E00002,E00004")]
    [InlineData("E00003", "Manager", "E00003,E00006")]
    [InlineData("E00001", "Manager", "E00001,E00002,E00003,E00004,E00005,E00006")]
    [InlineData("E00005", "HR", "E00001,E00002,E00003,E00004,E00005,E00006")]
    public async Task TheConnectionAndItsCountHoldExactlyWhomTheViewerMaySee(string employeeNumber, string role, string expected)
    {
        var persona = new Persona(employeeNumber, role.Length == 0 ? [] : [role]);
        var employees = (await people.DataAsync(persona, Page)).GetProperty("employees");

        var numbers = employees.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("employeeNumber").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(',', numbers));
        Assert.Equal(expected.Split(',').Length, employees.GetProperty("totalCount").GetInt32());
        Assert.Equal(employees.GetProperty("nodes").GetArrayLength(), employees.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task AnEmployeeCannotReadAnotherEmployeeThroughAnyPath()
    {
        var other = await people.EmployeeGlobalIdAsync(Persona.EmployeeB.EmployeeNumber);
        var response = await people.AsAsync(Persona.EmployeeA, $$"""
            query { byId: employee(id: "{{other}}") { ...Profile }
                    byNode: node(id: "{{other}}") { ... on Employee { skills { level } } }
                    byNodes: nodes(ids: ["{{other}}"]) { ...Profile }
                    aliased: employee(id: "{{other}}") { name skills { level note } } }
            fragment Profile on Employee { name skills { level note } }
            """);

        var data = response.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("byId").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("byNode").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("byNodes")[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("aliased").ValueKind);
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.Equal("FORBIDDEN", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain("Donald", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdNobodyHasIsForbiddenToEmployeesAndNullToHR()
    {
        var nobody = GlobalId.Encode("Employee", 999_999);
        var employee = await people.AsAsync(Persona.EmployeeA, $"{{ employee(id: \"{nobody}\") {{ name }} }}");
        var hr = await people.AsAsync(Persona.HR, $"{{ employee(id: \"{nobody}\") {{ name }} }}");

        Assert.Equal("FORBIDDEN", employee.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(hr.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, hr.GetProperty("data").GetProperty("employee").ValueKind);
    }

    [Fact]
    public async Task AManagerSeesTheirTransitiveLineAndNobodyElse()
    {
        var report = await people.EmployeeGlobalIdAsync("E00004");
        var elsewhere = await people.EmployeeGlobalIdAsync("E00006");
        var top = await people.DataAsync(Persona.TopManager, $"{{ employee(id: \"{report}\") {{ name manager {{ employeeNumber }} skills {{ level }} }} }}");
        var response = await people.AsAsync(Persona.ManagerOfA, $$"""
            { mine: employee(id: "{{report}}") { employeeNumber skills { skill { code } level } }
              theirs: employee(id: "{{elsewhere}}") { employeeNumber } }
            """);

        Assert.Equal("E00002", top.GetProperty("employee").GetProperty("manager").GetProperty("employeeNumber").GetString());
        Assert.Equal("E00004", response.GetProperty("data").GetProperty("mine").GetProperty("employeeNumber").GetString());
        Assert.NotEqual(0, response.GetProperty("data").GetProperty("mine").GetProperty("skills").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("theirs").ValueKind);
        Assert.Equal(["theirs"], response.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task LinksToPeopleGoThroughTheScopeAgain()
    {
        var me = (await people.DataAsync(Persona.EmployeeA, "{ me { manager { name } directReports { name } } }")).GetProperty("me");
        var alan = (await people.DataAsync(Persona.ManagerOfA, "{ me { manager { name } directReports { employeeNumber } } }")).GetProperty("me");

        Assert.Equal(JsonValueKind.Null, me.GetProperty("manager").ValueKind);
        Assert.Equal(0, me.GetProperty("directReports").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, alan.GetProperty("manager").ValueKind);
        Assert.Equal("E00004", Assert.Single(alan.GetProperty("directReports").EnumerateArray()).GetProperty("employeeNumber").GetString());
    }

    [Fact]
    public async Task HRFiltersByOrgUnitSubtreeAndSearch()
    {
        var data = await people.DataAsync(Persona.HR, """
            { security: employees(orgUnit: "information-security") { totalCount nodes { employeeNumber } }
              everyone: employees(orgUnit: "head-office") { totalCount }
              nowhere: employees(orgUnit: "no-such-unit") { totalCount }
              search: employees(search: "TURING") { nodes { name orgUnit { code parent { code } } currentRole { code } } } }
            """);

        Assert.Equal(2, data.GetProperty("security").GetProperty("totalCount").GetInt32());
        Assert.Equal(6, data.GetProperty("everyone").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("nowhere").GetProperty("totalCount").GetInt32());
        var alan = Assert.Single(data.GetProperty("search").GetProperty("nodes").EnumerateArray());
        Assert.Equal("""{"name":"Alan Turing","orgUnit":{"code":"it-operations","parent":{"code":"head-office"}},"currentRole":{"code":"it-technician"}}""", alan.GetRawText());
    }

    [Fact]
    public async Task AProfileShowsRawEvidenceCertificationsAndGoals()
    {
        var me = (await people.DataAsync(Persona.ManagerOfA, """
            { me { skills { skill { code } level source assessedOn }
                   certifications { certification { code } earnedOn expiresOn valid: isValid(on: "2026-01-01") expired: isValid(on: "2029-01-01") }
                   careerGoals { priority targetRole { code } } } }
            """)).GetProperty("me");

        Assert.Equal(3, me.GetProperty("skills").GetArrayLength());
        var held = Assert.Single(me.GetProperty("certifications").EnumerateArray());
        Assert.Equal("""{"certification":{"code":"itil-foundation"},"earnedOn":"2025-01-10","expiresOn":"2028-01-10","valid":true,"expired":false}""", held.GetRawText());
        Assert.Equal(["it-manager", "security-manager"], me.GetProperty("careerGoals").EnumerateArray().Select(g => g.GetProperty("targetRole").GetProperty("code").GetString()));
    }
}
