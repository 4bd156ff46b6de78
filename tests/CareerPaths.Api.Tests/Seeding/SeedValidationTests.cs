using CareerPaths.Api.Seeding;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerPaths.Api.Tests.Seeding.SeedDataScratch;

namespace CareerPaths.Api.Tests.Seeding;

/// <summary>
/// A broken seed file stops seeding with the file, the JSON path and the reason, and nothing is written.
/// Each test breaks the valid fixture catalogue in one named way.
/// </summary>
public sealed class SeedValidationTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public void TheFixtureCatalogueItselfIsValid()
    {
        using var scratch = FromFixtures();

        var catalogue = SeedCatalogueReader.Read(scratch.Directory);

        Assert.Equal(4, catalogue.Roles.Count);
        Assert.Equal(6, catalogue.People.Count);
    }

    [Fact]
    public async Task BadJsonSyntaxIsReportedWithTheLineAndThePathWhereItBreaks()
    {
        using var scratch = FromFixtures();
        var text = await File.ReadAllTextAsync(scratch.PathOf(SeedFile.Roles));
        scratch.WriteText("roles.json", text.Replace("\"name\": \"IT Technician\",", "\"name\": \"IT Technician\"", StringComparison.Ordinal));

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[1].name", "invalid JSON at line");
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[0]!["minimumExperienceYears"] = "five");

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[0].minimumExperienceYears", "expected an integer, found the string \"five\"");
    }

    [Fact]
    public async Task AMissingRequiredFieldIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Skills, root => Items(root, SeedFile.Skills)[2]!.AsObject().Remove("description"));

        await AssertRejectedAsync(scratch, "skills.json", "$.skills[2]", "the required property 'description' is missing");
    }

    [Fact]
    public async Task ARequirementLevelAboveSevenIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[3]!["requirements"]![1]!["level"] = 9);

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[3].requirements[1].level", "9 is greater than the maximum 7");
    }

    [Fact]
    public async Task AnEvidenceLevelBelowZeroIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.People, root => Items(root, SeedFile.People)[1]!["skills"]![0]!["level"] = -1);

        await AssertRejectedAsync(scratch, "people.json", "$.people[1].skills[0].level", "-1 is less than the minimum 0");
    }

    [Fact]
    public async Task AnUnknownPropertyIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[0]!["colour"] = "blue");

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[0].colour", "the property 'colour' is not allowed here");
    }

    [Fact]
    public async Task AnImpossibleDateIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.People, root => Items(root, SeedFile.People)[1]!["roleSince"] = "2026-02-30");

        await AssertRejectedAsync(scratch, "people.json", "$.people[1].roleSince", "\"2026-02-30\" is not a calendar date");
    }

    [Fact]
    public async Task AnUnknownSkillInARoleIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[2]!["requirements"]![4]!["skill"] = "juggling");

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[2].requirements[4].skill", "unknown skill 'juggling' (not in skills.json)");
    }

    [Fact]
    public async Task ADuplicateCodeIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Skills, root => Items(root, SeedFile.Skills)[3]!["code"] = "service-management");

        await AssertRejectedAsync(scratch, "skills.json", "$.skills[3].code", "duplicate code 'service-management' (already used at $.skills[0])");
    }

    [Fact]
    public async Task AnUnknownCertificationInAnAnyOfGroupIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[3]!["certifications"]![0]!["anyOf"]![1] = "cissp");

        await AssertRejectedAsync(scratch, "roles.json", "$.roles[3].certifications[0].anyOf[1]", "unknown certification 'cissp'");
    }

    [Fact]
    public async Task AnUnknownManagerIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.People, root => Items(root, SeedFile.People)[3]!["manager"] = "E99999");

        await AssertRejectedAsync(scratch, "people.json", "$.people[3].manager", "unknown manager 'E99999'");
    }

    [Fact]
    public async Task AManagerCycleIsReported()
    {
        // E00002 reports to E00001; making E00001 report to E00002 closes the loop.
        using var scratch = FromFixtures().Edit(SeedFile.People, root => Items(root, SeedFile.People)[0]!["manager"] = "E00002");

        await AssertRejectedAsync(scratch, "people.json", "$.people[0].manager", "the managers form a cycle: E00001 → E00002 → E00001");
    }

    [Fact]
    public async Task ADuplicateEmailIsReportedWhateverItsCase()
    {
        using var scratch = FromFixtures().Edit(SeedFile.People, root => Items(root, SeedFile.People)[4]!["email"] = "ADA.Lovelace@fixture.example");

        await AssertRejectedAsync(scratch, "people.json", "$.people[4].email", "duplicate email");
    }

    [Fact]
    public async Task ATransitionFromARoleToItselfIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Transitions, root => Items(root, SeedFile.Transitions)[1]!["to"] = "it-technician");

        await AssertRejectedAsync(scratch, "transitions.json", "$.transitions[1].to", "a transition from 'it-technician' to itself");
    }

    [Fact]
    public async Task AnOrgUnitCycleIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.OrgUnits, root => Items(root, SeedFile.OrgUnits)[0]!["parent"] = "it-operations");

        await AssertRejectedAsync(scratch, "org-units.json", "$.orgUnits[0].parent", "the org units form a cycle");
    }

    [Fact]
    public async Task ASessionThatEndsBeforeItStartsIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.LearningOfferings,
            root => Items(root, SeedFile.LearningOfferings)[1]!["sessions"]![1]!["ends"] = "2027-05-01");

        await AssertRejectedAsync(scratch, "learning-offerings.json", "$.offerings[1].sessions[1].ends", "before it starts");
    }

    [Fact]
    public async Task ASegregationRuleOnAnUnknownFamilyIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.SegregationOfDuties,
            root => Items(root, SeedFile.SegregationOfDuties)[1]!["second"]!["family"] = "finance");

        await AssertRejectedAsync(scratch, "segregation-of-duties.json", "$.rules[1].second", "expected Exactly one of a role code or a role family");
    }

    [Fact]
    public async Task AWrongSchemaReferenceIsReported()
    {
        using var scratch = FromFixtures().Edit(SeedFile.Skills, root => root["$schema"] = "./schemas/roles.schema.json");

        await AssertRejectedAsync(scratch, "skills.json", "$['$schema']", "must be \"./schemas/skills.schema.json\"");
    }

    [Fact]
    public async Task AFileTheSeederDoesNotKnowIsReported()
    {
        using var scratch = FromFixtures().WriteText("extras.json", "{}");

        await AssertRejectedAsync(scratch, "extras.json", "$", "is not a seed file the seeder knows");
    }

    [Fact]
    public async Task AFileWithoutASchemaIsReported()
    {
        using var scratch = FromFixtures();
        File.Delete(Path.Combine(scratch.Directory, "schemas", "transitions.schema.json"));

        await AssertRejectedAsync(scratch, "transitions.json", "$", "has no schema");
    }

    [Fact]
    public async Task EveryProblemIsReportedAtOnceNotOnlyTheFirst()
    {
        using var scratch = FromFixtures()
            .Edit(SeedFile.Roles, root => Items(root, SeedFile.Roles)[0]!["tier"] = "galactic")
            .Edit(SeedFile.People, root => Items(root, SeedFile.People)[2]!["identityObjectId"] = "not-a-uuid");

        var error = await SeedExpectingFailureAsync(scratch);

        Assert.Contains(error.Problems, problem => problem is { File: "roles.json", Path: "$.roles[0].tier" });
        Assert.Contains(error.Problems, problem => problem is { File: "people.json", Path: "$.people[2].identityObjectId" });
        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
    }

    private async Task AssertRejectedAsync(SeedDataScratch scratch, string file, string path, string reason)
    {
        var error = await SeedExpectingFailureAsync(scratch);

        var problem = Assert.Single(error.Problems, problem => problem.File == file && problem.Path == path);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Contains($"{file} at {path}: {problem.Reason}", error.Message, StringComparison.Ordinal);
    }

    private async Task<SeedDataException> SeedExpectingFailureAsync(SeedDataScratch scratch)
    {
        await using var db = fixture.Database.CreateContext();
        var error = await Assert.ThrowsAsync<SeedDataException>(() => DatabaseSeeding.SeedFromDirectoryAsync(db, scratch.Directory, TestSeeding.Now));
        // Validation happens before the first write: the database is still empty.
        Assert.Equal(0, await db.Skills.CountAsync());
        Assert.Equal(0, await db.RoleProfiles.CountAsync());
        Assert.Equal(0, await db.OrgUnits.CountAsync());
        Assert.Equal(0, await db.Employees.CountAsync());
        return error;
    }
}
