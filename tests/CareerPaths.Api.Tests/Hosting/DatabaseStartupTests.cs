using CareerPaths.Api.Seeding;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.Api.Tests.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Hosting;

/// <summary>Start-up migrates, then seeds, then serves; or stops with a message that says what to fix.</summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task TheFirstStartMigratesAnEmptyDatabaseAndSeedsItAndTheNextStartAddsNothing()
    {
        await using var database = await TestDatabase.CreateEmptyAsync("first_start");
        await using (var first = CareerPathsApiFactory.On(database))
        {
            using var client = first.CreateClient();
        }
        await using var db = database.CreateContext();
        var afterFirst = (await db.RoleProfiles.CountAsync(), await db.Employees.CountAsync(), await db.SkillEvidence.CountAsync());

        await using (var second = CareerPathsApiFactory.On(database))
        {
            using var client = second.CreateClient();
        }

        Assert.Equal(SeedCatalogueReader.Read(RepositoryPaths.SeedData).Roles.Count, afterFirst.Item1);
        Assert.Equal(afterFirst, (await db.RoleProfiles.CountAsync(), await db.Employees.CountAsync(), await db.SkillEvidence.CountAsync()));
    }

    [Fact]
    public async Task ABrokenSeedFileStopsStartUpNamingTheFileThePathAndTheReason()
    {
        using var scratch = SeedDataScratch.FromFixtures()
            .Edit(SeedFile.Roles, root => SeedDataScratch.Items(root, SeedFile.Roles)[3]!["requirements"]![1]!["level"] = 9);
        await using var database = await TestDatabase.CreateEmptyAsync("broken_seed");
        await using var api = CareerPathsApiFactory.On(database, new Dictionary<string, string?> { ["CareerPaths:Seeding:Directory"] = scratch.Directory });

        var error = Assert.Throws<SeedDataException>(() => api.CreateClient());

        Assert.Contains("roles.json at $.roles[3].requirements[1].level: 9 is greater than the maximum 7", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Skills.CountAsync());
    }

    [Fact]
    public async Task StartUpWithoutAConnectionStringFailsWithAMessageSayingWhatToSet()
    {
        await using var database = await TestDatabase.CreateEmptyAsync("no_connection_string");
        await using var api = CareerPathsApiFactory.On(database, new Dictionary<string, string?> { ["ConnectionStrings:CareerPaths"] = "" });

        var error = Assert.Throws<InvalidOperationException>(() => api.CreateClient());

        Assert.Contains("ConnectionStrings__CareerPaths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedingCanBeTurnedOff()
    {
        await using var database = await TestDatabase.CreateEmptyAsync("seeding_off");
        await using (var api = CareerPathsApiFactory.On(database, new Dictionary<string, string?> { ["CareerPaths:Seeding:Enabled"] = "false" }))
        {
            using var client = api.CreateClient();
        }

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Skills.CountAsync());
    }
}
