using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Learning;

/// <summary>The learning catalogue: readable by every employee, filtered by skill and kind, with coverage and sessions.</summary>
public sealed class LearningOfferingTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    [Fact]
    public async Task OfferingsAreListedWithCoverageSessionsAndCost()
    {
        var data = await people.DataAsync(Persona.EmployeeA, """
            { all: learningOfferings { totalCount nodes { code } }
              leadership: learningOfferings(skill: "team-leadership") { nodes { code kind format hours cost { amount currency } capacity
                covers { skill { code } toLevel } sessions { code startsOn endsOn } certification { code } } }
              prep: learningOfferings(kind: CERTIFICATION_PREPARATION) { nodes { code certification { code } } }
              none: learningOfferings(skill: "it-governance") { totalCount }
              one: learningOffering(code: "itil-foundation-prep") { id title } }
            """);

        Assert.Equal(["itil-foundation-prep", "leading-it-teams"], data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        var course = Assert.Single(data.GetProperty("leadership").GetProperty("nodes").EnumerateArray());
        Assert.Equal("leading-it-teams", course.GetProperty("code").GetString());
        Assert.Equal(2, course.GetProperty("covers").GetArrayLength());
        Assert.Equal(["leading-it-teams-2027-02", "leading-it-teams-2027-05"], course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(3, course.GetProperty("cost").GetProperty("currency").GetString()!.Length);
        var prep = Assert.Single(data.GetProperty("prep").GetProperty("nodes").EnumerateArray());
        Assert.Equal("itil-foundation", prep.GetProperty("certification").GetProperty("code").GetString());
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
        var node = await people.DataAsync(Persona.LearningAndDevelopment, $$"""{ node(id: "{{data.GetProperty("one").GetProperty("id").GetString()}}") { ... on LearningOffering { code } } }""");
        Assert.Equal("""{"code":"itil-foundation-prep"}""", node.GetProperty("node").GetRawText());
    }
}
