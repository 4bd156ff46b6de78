using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Seeding;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerPaths.Api.Tests.Seeding.SeedDataScratch;

namespace CareerPaths.Api.Tests.Seeding;

/// <summary>Seeding adds what is missing, only that, all in one transaction. Each test starts from an empty migrated database.</summary>
public sealed class CatalogueSeederTests
{
    [Fact]
    public async Task SeedingTwiceAddsNothingTheSecondTime()
    {
        using var scratch = FromFixtures();
        await using var database = await EmptyDatabaseAsync();
        await using var db = database.CreateContext();

        var first = await SeedAsync(db, scratch);
        var countsAfterFirst = await RowCountsAsync(db);
        var second = await SeedAsync(db, scratch);

        Assert.Equal(new SeedReport(10, 3, 4, 3, 2, 2, 4, 6), first);
        Assert.Equal(new SeedReport(0, 0, 0, 0, 0, 0, 0, 0), second);
        Assert.Equal(countsAfterFirst, await RowCountsAsync(db));
    }

    [Fact]
    public async Task ALaterSeedAddsNewRecordsAndLeavesExistingOnesAsTheyAre()
    {
        using var scratch = FromFixtures();
        await using var database = await EmptyDatabaseAsync();
        await using var db = database.CreateContext();
        await SeedAsync(db, scratch);
        scratch.Edit(SeedFile.Skills, root =>
        {
            var skills = Items(root, SeedFile.Skills);
            skills[0]!["name"] = "Renamed In The File";
            var added = skills[1]!.DeepClone();
            added["code"] = "cloud-operations";
            added["name"] = "Cloud Operations";
            skills.Add(added);
        });

        var report = await SeedAsync(db, scratch);

        Assert.Equal(1, report.Total);
        Assert.Equal(1, report.Skills);
        Assert.True(await db.Skills.AnyAsync(skill => skill.Code == "cloud-operations" && skill.LevelDescriptors.Count == 7));
        // Matching is on the code; what HR may have changed since is never overwritten by the files.
        Assert.Equal("Service Management", await db.Skills.Where(skill => skill.Code == "service-management").Select(skill => skill.Name).SingleAsync());
    }

    [Fact]
    public async Task SeededRolesArePublishedVersionOneWithTheirRequirements()
    {
        using var scratch = FromFixtures();
        await using var database = await EmptyDatabaseAsync();
        await using var db = database.CreateContext();
        await SeedAsync(db, scratch);

        var auditor = await db.RoleProfileVersions
            .Include(version => version.Requirements).Include(version => version.CertificationGroups).ThenInclude(group => group.Options)
            .SingleAsync(version => version.RoleProfile.Code == "it-auditor");

        Assert.Equal((1, RoleVersionStatus.Published, RoleFamily.Governance, RoleSide.Governance),
            (auditor.VersionNumber, auditor.Status, auditor.Family, auditor.Side));
        Assert.Equal(TestSeeding.Now, auditor.PublishedAt);
        Assert.Equal(8, auditor.Requirements.Count);
        Assert.Equal(2, Assert.Single(auditor.CertificationGroups).Options.Count);
    }

    [Fact]
    public async Task SeededPeopleKeepTheirManagersAndTheirEvidenceIsAttributedByItsSource()
    {
        using var scratch = FromFixtures();
        await using var database = await EmptyDatabaseAsync();
        await using var db = database.CreateContext();
        await SeedAsync(db, scratch);

        var alan = await db.Employees.Include(employee => employee.Manager).Include(employee => employee.SkillEvidence)
            .SingleAsync(employee => employee.EmployeeNumber == "E00002");

        Assert.Equal("E00001", alan.Manager!.EmployeeNumber);
        Assert.Equal(alan.Id, alan.SkillEvidence.Single(evidence => evidence.Source == EvidenceSource.Self).RecordedById);
        Assert.Equal(alan.ManagerId, alan.SkillEvidence.Single(evidence => evidence.Source == EvidenceSource.Manager).RecordedById);
        Assert.Null(alan.SkillEvidence.Single(evidence => evidence.Source == EvidenceSource.Assessment).RecordedById);
        Assert.Equal(2, await db.CareerGoals.CountAsync(goal => goal.EmployeeId == alan.Id));
    }

    [Fact]
    public async Task AFailureWhileWritingLeavesTheDatabaseAsItWas()
    {
        using var scratch = FromFixtures();
        await using var database = await EmptyDatabaseAsync();
        await using var db = database.CreateContext();
        // Valid files, but a skill with the same name under another code is already there: the insert of the
        // file's skill breaks the unique name, after everything else was queued for writing.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Skills\" (\"Code\", \"Name\", \"Category\", \"Description\") VALUES ('legacy-budgeting', 'Budgeting', 'business', 'From an older import.')");

        await Assert.ThrowsAsync<DbUpdateException>(() => SeedAsync(db, scratch));

        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.Skills.CountAsync());
        Assert.Equal(0, await db.RoleProfiles.CountAsync());
        Assert.Equal(0, await db.Employees.CountAsync());
    }

    [Fact]
    public async Task TheRepositoryCatalogueIsSeededCompletelyAndOnlyOnce()
    {
        await using var database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), "seeded_catalogue");
        await using var db = database.CreateContext();
        var files = SeedCatalogueReader.Read(RepositoryPaths.SeedData);

        Assert.Equal(files.Skills.Count, await db.Skills.CountAsync());
        Assert.Equal(files.Roles.Count, await db.RoleProfileVersions.CountAsync(version => version.Status == RoleVersionStatus.Published));
        Assert.Equal(files.Transitions.Count, await db.CareerTransitions.CountAsync());
        Assert.Equal(files.LearningOfferings.Sum(offering => offering.Sessions.Count), await db.LearningSessions.CountAsync());
        Assert.Equal(files.People.Count, await db.Employees.CountAsync());
        Assert.Equal(0, (await DatabaseSeeding.SeedFromDirectoryAsync(db, RepositoryPaths.SeedData, TestSeeding.Now)).Total);
    }

    private static async Task<TestDatabase> EmptyDatabaseAsync() =>
        await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "seeder");

    private static Task<SeedReport> SeedAsync(CareerPathsDbContext db, SeedDataScratch scratch) =>
        DatabaseSeeding.SeedFromDirectoryAsync(db, scratch.Directory, TestSeeding.Now);

    private static async Task<Dictionary<string, int>> RowCountsAsync(CareerPathsDbContext db) => new()
    {
        ["skills"] = await db.Skills.CountAsync(),
        ["descriptors"] = await db.SkillLevelDescriptors.CountAsync(),
        ["roles"] = await db.RoleProfileVersions.CountAsync(),
        ["requirements"] = await db.RoleRequirements.CountAsync(),
        ["transitions"] = await db.CareerTransitions.CountAsync(),
        ["sessions"] = await db.LearningSessions.CountAsync(),
        ["rules"] = await db.SegregationOfDutiesRules.CountAsync(),
        ["employees"] = await db.Employees.CountAsync(),
        ["evidence"] = await db.SkillEvidence.CountAsync(),
        ["certifications"] = await db.EmployeeCertifications.CountAsync(),
    };
}
