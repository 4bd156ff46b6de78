using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.DemoPeople;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding.DemoPeople;

public sealed class DemoPeopleGeneratorTests
{
    private static readonly SeedCatalogue Catalogue = SeedCatalogueReader.Read(RepositoryPaths.SeedData, withPeople: false);
    private static readonly DemoPeopleSettings Settings = DemoPeopleSettings.Default with { Count = 400 };

    [Fact]
    public void TheSameSettingsGiveTheSamePeopleByteForByte()
    {
        var first = PeopleFile.ToText(DemoPeopleGenerator.Generate(Catalogue, Settings));
        var second = PeopleFile.ToText(DemoPeopleGenerator.Generate(Catalogue, Settings));

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesOtherPeople()
    {
        var first = DemoPeopleGenerator.Generate(Catalogue, Settings).ToList();
        var other = DemoPeopleGenerator.Generate(Catalogue, Settings with { Seed = 43 }).ToList();

        Assert.NotEqual(first.Select(person => person.Name), other.Select(person => person.Name));
    }

    [Fact]
    public void TheGeneratedFilePassesTheSchemaAndEveryCatalogueCheck()
    {
        using var scratch = SeedDataScratch.FromRepositoryCatalogue();
        File.WriteAllText(scratch.PathOf(SeedFile.People), PeopleFile.ToText(DemoPeopleGenerator.Generate(Catalogue, Settings)));

        var read = SeedCatalogueReader.Read(scratch.Directory);

        Assert.Equal(Settings.Count, read.People.Count);
    }

    [Fact]
    public void EveryoneButTheHeadOfTheOrganisationReportsToSomeoneInTheirUnitOrAboveIt()
    {
        var people = DemoPeopleGenerator.Generate(Catalogue, Settings).ToList();
        var byNumber = people.ToDictionary(person => person.EmployeeNumber);
        var parentOf = Catalogue.OrgUnits.ToDictionary(unit => unit.Code, unit => unit.Parent);

        Assert.Single(people, person => person.Manager is null);
        Assert.All(people.Where(person => person.Manager is not null), person =>
        {
            var managerUnit = byNumber[person.Manager!].OrgUnit;
            Assert.True(managerUnit == person.OrgUnit || Ancestors(person.OrgUnit, parentOf).Contains(managerUnit),
                $"{person.EmployeeNumber} in {person.OrgUnit} reports to someone in {managerUnit}");
        });
        Assert.True(people.Select(person => person.OrgUnit).Distinct().Count() >= 4);
    }

    [Fact]
    public void SkillLevelsStayNearWhatTheRoleRequires()
    {
        var people = DemoPeopleGenerator.Generate(Catalogue, Settings).ToList();
        var roles = Catalogue.Roles.ToDictionary(role => role.Code);

        var gaps = people.SelectMany(person => roles[person.CurrentRole].Requirements.SelectMany(requirement => person.Skills
                .Where(evidence => evidence.Skill == requirement.Skill && evidence.Source != EvidenceSource.Certification)
                .Select(evidence => evidence.Level - requirement.Level)))
            .ToList();

        // Noise of ±2 around the requirement, plus self-assessments a level or two above a verified level.
        Assert.True(gaps.Count(gap => gap is >= -2 and <= 2) * 100 / gaps.Count >= 90);
        Assert.InRange(gaps.Count(gap => gap == 0) * 100 / gaps.Count, 25, 60);
        Assert.Contains(gaps, gap => gap < 0);
        Assert.Contains(gaps, gap => gap > 0);
    }

    [Fact]
    public void ThePeopleAreAMixOfSelfAssessedManagerVerifiedAndCertified()
    {
        var people = DemoPeopleGenerator.Generate(Catalogue, Settings).ToList();

        Assert.Contains(people, person => person.Skills.Count > 0 && person.Skills.All(evidence => evidence.Source == EvidenceSource.Self));
        Assert.Contains(people, person => person.Skills.Any(evidence => evidence.Source == EvidenceSource.Manager));
        Assert.Contains(people, person => person.Skills.Any(evidence => evidence.Source == EvidenceSource.Assessment));
        Assert.Contains(people, person => person.Certifications.Any(held => held.Expires < Settings.ReferenceDate));
        Assert.Contains(people, person => person.Certifications.Any(held => held.Expires is null || held.Expires >= Settings.ReferenceDate));
        Assert.Contains(people, person => person.Skills.Any(evidence => evidence.AssessedOn < Settings.ReferenceDate.AddYears(-3)));
    }

    [Fact]
    public void GoalsAreCuratedNextStepsFromTheCurrentRole()
    {
        var people = DemoPeopleGenerator.Generate(Catalogue, Settings).ToList();
        var moves = Catalogue.Transitions.Select(transition => (transition.From, transition.To)).ToHashSet();

        Assert.All(people.SelectMany(person => person.Goals.Select(goal => (person.CurrentRole, goal))), move => Assert.Contains(move, moves));
        Assert.InRange(people.Count(person => person.Goals.Count > 0) * 100 / people.Count, 60, 95);
    }

    [Fact]
    public void TheFixtureCatalogueIsEnoughToGeneratePeople()
    {
        using var scratch = SeedDataScratch.FromFixtures();
        var fixtures = SeedCatalogueReader.Read(scratch.Directory, withPeople: false);

        var people = DemoPeopleGenerator.Generate(fixtures, Settings with { Count = 60 }).ToList();

        Assert.Equal(60, people.Count);
        Assert.Equal(fixtures.OrgUnits.Count, people.Select(person => person.OrgUnit).Distinct().Count());
    }

    private static IEnumerable<string> Ancestors(string unit, Dictionary<string, string?> parentOf)
    {
        for (var parent = parentOf[unit]; parent is not null; parent = parentOf[parent])
        {
            yield return parent;
        }
    }
}
