using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Api.Tests.Matching;

/// <summary><c>learningPlan</c> is the library's cheapest cover of the person's gaps, by hours or by money.</summary>
[Collection(MatcherApiCollection.Name)]
public sealed class LearningPlanTests(MatcherApiFixture fixture)
{
    private const string Query = $$"""
        query($employeeId: ID!, $roleId: ID!, $objective: LearningObjective!) {
          learningPlan(employeeId: $employeeId, roleId: $roleId, objective: $objective) { {{ComparisonShapes.Plan}} }
        }
        """;

    [Theory]
    [InlineData(PersonaPicker.Employee, PersonaPicker.Employee, "cybersecurity-manager", LearningObjective.Hours)]
    [InlineData(PersonaPicker.Employee, PersonaPicker.Employee, "cybersecurity-manager", LearningObjective.Cost)]
    [InlineData(PersonaPicker.Manager, PersonaPicker.Employee, "cio", LearningObjective.Cost)]
    [InlineData(PersonaPicker.HR, PersonaPicker.AnotherEmployee, "it-auditor", LearningObjective.Hours)]
    public async Task ThePlanIsTheLibrarys(string asker, string subject, string roleCode, LearningObjective objective)
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(subject);
        var role = await fixture.RoleIdAsync(roleCode);

        var data = await fixture.DataAsync(asker, Query, new
        {
            employeeId = fixture.EmployeeId(subject), roleId = await fixture.RoleGlobalIdAsync(roleCode), objective = JsonAssert.EnumName(objective),
        });

        var expected = reference.LearningPlan(person, role, objective);
        Assert.NotEmpty(expected.Offerings);
        JsonAssert.Same(ComparisonShapes.Of(expected, objective, "EUR"), data.GetProperty("learningPlan"));
    }

    [Fact]
    public async Task WithoutAnObjectiveThePlanMinimisesHours()
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(PersonaPicker.Employee);
        var role = await fixture.RoleIdAsync("cio");

        var data = await fixture.DataAsync(PersonaPicker.Employee, $$"""
            query($employeeId: ID!, $roleId: ID!) { learningPlan(employeeId: $employeeId, roleId: $roleId) { {{ComparisonShapes.Plan}} } }
            """, new { employeeId = fixture.EmployeeId(PersonaPicker.Employee), roleId = await fixture.RoleGlobalIdAsync("cio") });

        JsonAssert.Same(ComparisonShapes.Of(reference.LearningPlan(person, role), LearningObjective.Hours, "EUR"), data.GetProperty("learningPlan"));
    }
}
