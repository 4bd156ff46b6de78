using System.Text.RegularExpressions;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Identity.Matrix;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>The personas stand in the relations their names promise, and docs/security.md names the seeded people they are.</summary>
public sealed partial class PersonaPickerTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public async Task ThePersonasStandInTheRelationsTheMatrixNeeds()
    {
        await using var db = api.Database.CreateContext();
        var chart = db.Employees.Select(e => new OrgChartEntry(e.Id, e.EmployeeNumber, e.ManagerId)).ToList();
        var byNumber = chart.ToDictionary(e => e.EmployeeNumber);
        var personas = PersonaPicker.Pick(chart).ToDictionary(p => p.Key);
        OrgChartEntry Of(string key) => byNumber[personas[key].EmployeeNumber!];
        bool Reports(OrgChartEntry person, OrgChartEntry manager) =>
            person.ManagerId is { } m && (m == manager.Id || Reports(chart.Single(e => e.Id == m), manager));

        var a = Of(PersonaPicker.Employee);
        var manager = Of(PersonaPicker.Manager);
        Assert.Equal(manager.Id, a.ManagerId);
        Assert.DoesNotContain(chart, e => e.ManagerId == a.Id);
        Assert.False(Reports(Of(PersonaPicker.AnotherEmployee), manager));
        Assert.False(Reports(a, Of(PersonaPicker.ManagerElsewhere)));
        Assert.Contains(chart, e => e.ManagerId == Of(PersonaPicker.ManagerElsewhere).Id);
        Assert.False(Reports(a, Of(PersonaPicker.HR)) || Reports(Of(PersonaPicker.HR), manager));
        Assert.False(Reports(a, Of(PersonaPicker.LearningAndDevelopment)) || Reports(Of(PersonaPicker.LearningAndDevelopment), manager));
        Assert.Equal(6, personas.Values.Select(p => p.EmployeeNumber).OfType<string>().Distinct().Count());
        Assert.Null(personas[PersonaPicker.NotAnEmployee].EmployeeNumber);
    }

    [Fact]
    public async Task DocsSecurityMdListsThePersonasOfTheSeedData()
    {
        var documented = PersonaRow().Matches(await File.ReadAllTextAsync(PolicyTable.DocumentPath))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["number"].Value);
        var personas = await api.PersonasAsync();

        foreach (var key in TestPersonas.MatrixKeys)
        {
            Assert.Equal(personas.Persona(key).EmployeeNumber, documented.GetValueOrDefault(key));
        }
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z-]+)` \| `(?<number>E\d+)` \|", RegexOptions.Multiline)]
    private static partial Regex PersonaRow();
}
