namespace CareerPaths.Api.Tests.Data.SchemaComparison;

public sealed class SchemaDumpNormaliserTests
{
    private const string Dump = """
        --
        -- PostgreSQL database dump
        --
        \restrict abc123

        SET statement_timeout = 0;
        SELECT pg_catalog.set_config('search_path', '', false);

        CREATE TABLE public."Skills" (
            "Id" integer NOT NULL,
            "Code" character varying(80) NOT NULL,
            CONSTRAINT "CK_Skills_Category" CHECK (true)
        );

        CREATE TABLE public."__EFMigrationsHistory" (
            "MigrationId" character varying(150) NOT NULL
        );

        CREATE UNIQUE INDEX "IX_Skills_Code" ON public."Skills" USING btree ("Code");

        \unrestrict abc123
        """;

    [Fact]
    public void CommentsSessionSettingsAndRestrictKeysAreNotPartOfTheSchema()
    {
        var normalised = SchemaDumpNormaliser.Normalise(Dump);

        Assert.DoesNotContain("--", normalised, StringComparison.Ordinal);
        Assert.DoesNotContain("SET ", normalised, StringComparison.Ordinal);
        Assert.DoesNotContain("restrict", normalised, StringComparison.Ordinal);
        Assert.DoesNotContain("set_config", normalised, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMigrationHistoryTableIsNotPartOfTheSchema()
    {
        Assert.DoesNotContain("__EFMigrationsHistory", SchemaDumpNormaliser.Normalise(Dump), StringComparison.Ordinal);
    }

    [Fact]
    public void DumpsThatDifferOnlyInColumnOrderAreEqual()
    {
        var reordered = Dump.Replace(
            "\"Id\" integer NOT NULL,\n    \"Code\" character varying(80) NOT NULL,",
            "\"Code\" character varying(80) NOT NULL,\n    \"Id\" integer NOT NULL,",
            StringComparison.Ordinal);
        Assert.NotEqual(Dump, reordered);

        Assert.Equal(SchemaDumpNormaliser.Normalise(Dump), SchemaDumpNormaliser.Normalise(reordered));
    }

    [Fact]
    public void ADifferentColumnTypeMakesDumpsDifferAndTheDiffShowsBothLines()
    {
        var changed = Dump.Replace("character varying(80)", "character varying(64)", StringComparison.Ordinal);

        var expected = SchemaDumpNormaliser.Normalise(Dump);
        var actual = SchemaDumpNormaliser.Normalise(changed);

        Assert.NotEqual(expected, actual);
        var diff = LineDiff.Describe(expected, actual);
        Assert.Contains("- \"Code\" character varying(80) NOT NULL", diff.Replace("    ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("+ \"Code\" character varying(64) NOT NULL", diff.Replace("    ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingIndexMakesDumpsDiffer()
    {
        var withoutIndex = Dump.Replace(
            "CREATE UNIQUE INDEX \"IX_Skills_Code\" ON public.\"Skills\" USING btree (\"Code\");", "", StringComparison.Ordinal);

        var diff = LineDiff.Describe(SchemaDumpNormaliser.Normalise(Dump), SchemaDumpNormaliser.Normalise(withoutIndex));

        Assert.Contains("- CREATE UNIQUE INDEX \"IX_Skills_Code\"", diff, StringComparison.Ordinal);
    }
}
