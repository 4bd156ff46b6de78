using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Matching.Support;

namespace CareerPaths.Api.Tests.Matching;

/// <summary><c>suggestedRoles</c> ranks, labels and estimates exactly as the matcher library does for the same person.</summary>
[Collection(MatcherApiCollection.Name)]
public sealed class SuggestedRolesTests(MatcherApiFixture fixture)
{
    private const string Query = $$"""
        query($employeeId: ID!, $first: Int!) { suggestedRoles(employeeId: $employeeId, first: $first) { {{ComparisonShapes.Suggestion}} } }
        """;

    [Theory]
    [InlineData(PersonaPicker.Employee, PersonaPicker.Employee, 5)]
    [InlineData(PersonaPicker.Manager, PersonaPicker.Employee, 100)]
    [InlineData(PersonaPicker.HR, PersonaPicker.AnotherEmployee, 1)]
    [InlineData(PersonaPicker.HR, PersonaPicker.Manager, 10)]
    public async Task TheRankingIsTheLibrarys(string asker, string subject, int first)
    {
        var reference = await fixture.ReferenceAsync();
        var person = fixture.Personas.EmployeeId(subject);

        var data = await fixture.DataAsync(asker, Query, new { employeeId = fixture.EmployeeId(subject), first });

        var expected = reference.SuggestRoles(person, first);
        Assert.NotEmpty(expected);
        JsonAssert.Same(expected.Select(ComparisonShapes.Of), data.GetProperty("suggestedRoles"));
    }

    [Fact]
    public async Task AskingForMoreRolesThanThereAreListsEveryPublishedRoleButTheOneHeld()
    {
        var reference = await fixture.ReferenceAsync();

        var data = await fixture.DataAsync(PersonaPicker.Employee, Query, new { employeeId = fixture.EmployeeId(PersonaPicker.Employee), first = 100 });

        Assert.Equal(reference.Catalogue.Data.Roles.Count - 1, data.GetProperty("suggestedRoles").GetArrayLength());
    }
}
