using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Matching.Support;

namespace CareerPaths.Api.Tests.Matching;

/// <summary><c>developmentPaths</c> returns the library's k best routes, step by step, for the same person and target.</summary>
[Collection(MatcherApiCollection.Name)]
public sealed class DevelopmentPathsTests(MatcherApiFixture fixture)
{
    private const string Query = $$"""
        query($employeeId: ID!, $targetRoleId: ID!, $first: Int!, $maxSteps: Int) {
          developmentPaths(employeeId: $employeeId, targetRoleId: $targetRoleId, first: $first, maxSteps: $maxSteps) { {{PathShapes.Path}} }
        }
        """;

    [Theory]
    [InlineData(PersonaPicker.Employee, PersonaPicker.Employee, "cio", 3, null)]
    [InlineData(PersonaPicker.Employee, PersonaPicker.Employee, "it-manager", 5, 2)]
    [InlineData(PersonaPicker.Manager, PersonaPicker.Employee, "head-of-it", 10, 6)]
    [InlineData(PersonaPicker.HR, PersonaPicker.AnotherEmployee, "ciso", 4, null)]
    [InlineData(PersonaPicker.HR, PersonaPicker.LearningAndDevelopment, "it-risk-manager", 2, 1)]
    public async Task TheRoutesAreTheLibrarys(string asker, string subject, string target, int first, int? maxSteps)
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(subject);
        var role = await fixture.RoleIdAsync(target);

        var data = await fixture.DataAsync(asker, Query, new
        {
            employeeId = fixture.EmployeeId(subject), targetRoleId = await fixture.RoleGlobalIdAsync(target), first, maxSteps,
        });

        var expected = reference.DevelopmentPaths(person, role, first, maxSteps);
        Assert.NotEmpty(expected);
        JsonAssert.Same(expected.Select(PathShapes.Of), data.GetProperty("developmentPaths"));
    }

    [Fact]
    public async Task TheSeededDataHasARouteThatBreaksASegregationRuleAndTheApiFlagsIt()
    {
        // Without such a route the flag above would only ever be compared as false.
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(PersonaPicker.AnotherEmployee);
        var flagged = reference.Catalogue.Data.Roles
            .Select(role => (Role: role.Id, Paths: reference.DevelopmentPaths(person, role.Id, 5)))
            .FirstOrDefault(candidate => candidate.Paths.Any(path => path.BreaksSegregationOfDuties));
        Assert.NotNull(flagged.Paths);

        var data = await fixture.DataAsync(PersonaPicker.AnotherEmployee, Query, new
        {
            employeeId = fixture.EmployeeId(PersonaPicker.AnotherEmployee), targetRoleId = ComparisonShapes.Id("Role", flagged.Role), first = 5, maxSteps = (int?)null,
        });

        JsonAssert.Same(flagged.Paths.Select(PathShapes.Of), data.GetProperty("developmentPaths"));
    }
}
