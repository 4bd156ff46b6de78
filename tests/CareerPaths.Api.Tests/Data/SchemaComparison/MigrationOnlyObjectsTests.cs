namespace CareerPaths.Api.Tests.Data.SchemaComparison;

/// <summary>The allow-list takes out exactly the listed objects, whole (function bodies included), and nothing else.</summary>
public sealed class MigrationOnlyObjectsTests
{
    private const string Dump = """
        CREATE FUNCTION public."F"() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
        BEGIN
            UPDATE public."T" SET "V" = "V" + 1;

            RETURN NULL;
        END
        $$;

        CREATE TABLE public."T" (
            "V" bigint NOT NULL
        );

        CREATE TRIGGER "TR_A" AFTER INSERT ON public."T" FOR EACH STATEMENT EXECUTE FUNCTION public."F"('x');

        CREATE TRIGGER "TR_AB" AFTER INSERT ON public."T" FOR EACH STATEMENT EXECUTE FUNCTION public."F"('y');
        """;

    private static readonly string[] Listed = ["FUNCTION public.\"F\"", "TRIGGER \"TR_A\""];

    [Fact]
    public void AFunctionBodyIsOneStatementDespiteItsSemicolonsAndBlankLines()
    {
        var statements = SchemaDumpNormaliser.Statements(Dump);

        Assert.Equal(4, statements.Count);
        Assert.EndsWith("END\n$$;", statements[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ListedObjectsAreTakenOutAndAnUnlistedTriggerWithALongerNameStays()
    {
        var (rest, found) = MigrationOnlyObjects.Separate(Dump, Listed);

        Assert.Equal(Listed, found);
        Assert.Empty(MigrationOnlyObjects.Missing(found, Listed));
        Assert.DoesNotContain("CREATE FUNCTION", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("\"TR_A\"", rest, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER \"TR_AB\"", rest, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE public.\"T\"", rest, StringComparison.Ordinal);
    }

    [Fact]
    public void AListedObjectTheDumpLacksIsMissing()
    {
        var withoutTrigger = Dump.Replace("CREATE TRIGGER \"TR_A\" ", "CREATE TRIGGER \"TR_C\" ", StringComparison.Ordinal);

        var (rest, found) = MigrationOnlyObjects.Separate(withoutTrigger, Listed);

        Assert.Equal(["TRIGGER \"TR_A\""], MigrationOnlyObjects.Missing(found, Listed));
        Assert.Contains("CREATE TRIGGER \"TR_C\"", rest, StringComparison.Ordinal);
    }
}
