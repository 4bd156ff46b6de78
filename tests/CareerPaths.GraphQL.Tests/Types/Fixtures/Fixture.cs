namespace CareerPaths.GraphQL.Tests.Types;

/// <summary>Reads the checked-in SDL fixtures (some produced by graphql-js, the reference implementation).</summary>
internal static class Fixture
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Types", "Fixtures", name)).ReplaceLineEndings("\n");
}
