using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// <c>compareToRole</c> on the seeded data answers what the matcher library answers for the same person, role and
/// day — every requirement, certification group and the readiness estimate — for everyone allowed to ask, and
/// refuses everyone else exactly as <c>employee(id:)</c> does.
/// </summary>
[Collection(MatcherApiCollection.Name)]
public sealed class CompareToRoleTests(MatcherApiFixture fixture)
{
    private const string Query = $$"""
        query($employeeId: ID!, $roleId: ID!) { compareToRole(employeeId: $employeeId, roleId: $roleId) { {{ComparisonShapes.Comparison}} } }
        """;

    [Fact]
    public async Task EmployeeAAgainstEveryPublishedRoleIsTheLibrarysComparison()
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(PersonaPicker.Employee);
        var roles = reference.Catalogue.Data.Roles.Select(r => r.Id).ToList();
        Assert.Equal(21, roles.Count);

        foreach (var role in roles)
        {
            var data = await fixture.DataAsync(PersonaPicker.Employee, Query, Arguments(person, role));
            JsonAssert.Same(ComparisonShapes.Of(reference.CompareToRole(person, role), MatcherApiFixture.Today), data.GetProperty("compareToRole"), $"comparison with role {role}");
        }
    }

    [Theory]
    [InlineData(PersonaPicker.Manager, PersonaPicker.Employee, "cio")]
    [InlineData(PersonaPicker.HR, PersonaPicker.AnotherEmployee, "it-auditor")]
    [InlineData(PersonaPicker.HR, PersonaPicker.LearningAndDevelopment, "cybersecurity-manager")]
    [InlineData(PersonaPicker.LearningAndDevelopment, PersonaPicker.LearningAndDevelopment, "it-compliance-officer")]
    public async Task WhoeverMaySeeThePersonGetsTheSameAnswer(string asker, string subject, string roleCode)
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(subject);
        var role = await fixture.RoleIdAsync(roleCode);

        var data = await fixture.DataAsync(asker, Query, Arguments(person, role));

        JsonAssert.Same(ComparisonShapes.Of(reference.CompareToRole(person, role), MatcherApiFixture.Today), data.GetProperty("compareToRole"));
    }

    [Theory]
    [InlineData(PersonaPicker.AnotherEmployee)]
    [InlineData(PersonaPicker.ManagerElsewhere)]
    [InlineData(PersonaPicker.LearningAndDevelopment)]
    public async Task SomeoneOutsideTheirScopeIsRefusedExactlyAsEmployeeByIdRefusesThem(string asker)
    {
        var subject = fixture.EmployeeId(PersonaPicker.Employee);
        var role = await fixture.RoleGlobalIdAsync("cio");

        var comparison = await fixture.AskAsync(asker, Query, new { employeeId = subject, roleId = role });
        var lookup = await fixture.AskAsync(asker, "query($id: ID!) { employee(id: $id) { id } }", new { id = subject });

        var refusal = comparison.SingleError();
        Assert.Equal("FORBIDDEN", refusal.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(lookup.SingleError().GetProperty("message").GetString(), refusal.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, comparison.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task AnIdNobodyHasIsForbiddenToAnEmployeeLikeAnyOtherStrangerAndNotFoundForHR()
    {
        var nobody = GlobalId.Encode("Employee", 987654);
        var role = await fixture.RoleGlobalIdAsync("cio");

        var employee = await fixture.AskAsync(PersonaPicker.Employee, Query, new { employeeId = nobody, roleId = role });
        var hr = await fixture.AskAsync(PersonaPicker.HR, Query, new { employeeId = nobody, roleId = role });
        var employeeLookup = await fixture.AskAsync(PersonaPicker.Employee, "query($id: ID!) { employee(id: $id) { id } }", new { id = nobody });

        // Whether the id names anybody is not told to someone who could not see them anyway.
        Assert.Equal("FORBIDDEN", employee.SingleError().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", employeeLookup.SingleError().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", hr.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    private static object Arguments(int person, int role) =>
        new { employeeId = GlobalId.Encode("Employee", person), roleId = GlobalId.Encode("Role", role) };
}
