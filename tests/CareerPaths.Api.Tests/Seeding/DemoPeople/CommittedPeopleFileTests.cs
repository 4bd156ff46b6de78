using CareerPaths.Api.Seeding.DemoPeople;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Data.SchemaComparison;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding.DemoPeople;

/// <summary>seed-data/people.json is generator output, never hand-edited: regenerating it must give the same bytes.</summary>
public sealed class CommittedPeopleFileTests
{
    [Fact]
    public void TheCommittedPeopleFileIsExactlyWhatTheGeneratorProducesWithItsDefaults()
    {
        var catalogue = SeedCatalogueReader.Read(RepositoryPaths.SeedData, withPeople: false);
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, SeedFile.People.FileName));

        var regenerated = PeopleFile.ToText(DemoPeopleGenerator.Generate(catalogue, DemoPeopleSettings.Default));

        Assert.True(committed == regenerated,
            "seed-data/people.json differs from the generator's output (did the catalogue or the generator change?). Regenerate it with\n" +
            "  dotnet backend/CareerPaths.Api/bin/Release/net10.0/CareerPaths.Api.dll generate-people --out seed-data/people.json\n" +
            "- committed, + regenerated:\n" + LineDiff.Describe(committed, regenerated, context: 1)[..Math.Min(4000, LineDiff.Describe(committed, regenerated, context: 1).Length)]);
    }

    [Fact]
    public void TheCommittedPeopleFileHasAtLeastSixtyPeopleInAtLeastFourOrgUnits()
    {
        var people = SeedCatalogueReader.Read(RepositoryPaths.SeedData).People;

        Assert.True(people.Count >= 60, $"{people.Count} people");
        Assert.True(people.Select(person => person.OrgUnit).Distinct().Count() >= 4);
    }
}
