using CareerPaths.Api.Tests.Data.SchemaComparison;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerPaths.Api.Tests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the EF model describes: a model change without a
/// migration (or a migration that drifts from the model) fails here, not in production.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task MigrationsBuildExactlyTheSchemaTheModelDescribes()
    {
        await using var fromMigrations = await TestDatabase.CreateEmptyAsync("drift_migrate");
        await using var fromModel = await TestDatabase.CreateEmptyAsync("drift_model");
        await using (var db = fromMigrations.CreateContext())
        {
            await db.Database.MigrateAsync();
        }
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(fromModel.Name));
        var (actual, migrationOnly) = MigrationOnlyObjects.Separate(await PgDump.SchemaOfAsync(fromMigrations.Name));

        // Guard against a vacuous pass, e.g. two empty dumps.
        Assert.Contains("CREATE TABLE public.\"RoleProfileVersions\"", expected, StringComparison.Ordinal);
        Assert.True(MigrationOnlyObjects.Missing(migrationOnly).Count == 0,
            "The migrations no longer create these allow-listed objects (MigrationOnlyObjects): " +
            string.Join(", ", MigrationOnlyObjects.Missing(migrationOnly)));
        Assert.True(expected == actual,
            "The migrations do not build the schema the model describes. Write a migration for the model change.\n" +
            "- lines only the model has, + lines only the migrations have:\n" + LineDiff.Describe(expected, actual));
    }

    [Fact]
    public async Task ATriggerTheAllowListDoesNotNameIsStillADifference()
    {
        await using var fromModel = await TestDatabase.CreateEmptyAsync("drift_trigger_model");
        await using var changed = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "drift_trigger");
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }
        await using (var connection = await changed.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TRIGGER \"TR_Skills_Unlisted\" AFTER UPDATE ON \"Skills\" " +
                "FOR EACH STATEMENT EXECUTE FUNCTION public.\"BumpMatcherDataVersion\"('catalogue')";
            await command.ExecuteNonQueryAsync();
        }

        var expected = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(fromModel.Name));
        var (actual, found) = MigrationOnlyObjects.Separate(await PgDump.SchemaOfAsync(changed.Name));

        Assert.Empty(MigrationOnlyObjects.Missing(found));
        Assert.Contains("+ CREATE TRIGGER \"TR_Skills_Unlisted\"", LineDiff.Describe(expected, actual), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAllowListedTriggerTheMigrationsNoLongerCreateIsReportedMissing()
    {
        await using var changed = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "drift_trigger_gone");
        await using (var connection = await changed.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "DROP TRIGGER \"TR_SkillEvidence_MatcherDataVersion\" ON \"SkillEvidence\"";
            await command.ExecuteNonQueryAsync();
        }

        var (_, found) = MigrationOnlyObjects.Separate(await PgDump.SchemaOfAsync(changed.Name));

        Assert.Equal(["TRIGGER \"TR_SkillEvidence_MatcherDataVersion\""], MigrationOnlyObjects.Missing(found));
    }

    [Fact]
    public async Task EveryMigrationCanBeRolledBackToAnEmptySchema()
    {
        await using var database = await TestDatabase.CreateEmptyAsync("drift_down");
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        var schema = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(database.Name));
        Assert.DoesNotContain("CREATE TABLE", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE FUNCTION", schema, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchemaChangedBehindTheMigrationsBackIsReportedWithTheDifferingLine()
    {
        await using var migrated = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "drift_clean");
        await using var changed = await TestDatabase.CloneAsync(await DatabaseTemplates.MigratedAsync(), "drift_changed");
        await using (var connection = await changed.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE INDEX \"IX_Skills_Description\" ON \"Skills\" (\"Description\")";
            await command.ExecuteNonQueryAsync();
        }

        var expected = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(migrated.Name));
        var actual = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(changed.Name));

        Assert.NotEqual(expected, actual);
        Assert.Contains("+ CREATE INDEX \"IX_Skills_Description\"", LineDiff.Describe(expected, actual), StringComparison.Ordinal);
    }
}
