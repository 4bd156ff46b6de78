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
        var actual = SchemaDumpNormaliser.Normalise(await PgDump.SchemaOfAsync(fromMigrations.Name));

        // Guard against a vacuous pass, e.g. two empty dumps.
        Assert.Contains("CREATE TABLE public.\"RoleProfileVersions\"", expected, StringComparison.Ordinal);
        Assert.True(expected == actual,
            "The migrations do not build the schema the model describes. Write a migration for the model change.\n" +
            "- lines only the model has, + lines only the migrations have:\n" + LineDiff.Describe(expected, actual));
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
