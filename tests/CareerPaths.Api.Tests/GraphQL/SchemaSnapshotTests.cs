using CareerPaths.Api.Hosting;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// The product SDL is checked in (backend/CareerPaths.Api/schema.graphql), so every schema change shows in
/// review. The conformance harness compares graphql-js's view of the served introspection with this file.
/// </summary>
public class SchemaSnapshotTests
{
    private static Schema ServedSchema()
    {
        // Empty configuration: the schema's defaults (introspection on), as the app serves it in Development.
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddCareerPathsGraphQL();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<Schema>();
    }

    [Fact]
    public void TheServedSchemaIsTheCheckedInSdl() => SnapshotFile.AssertMatches(
        Path.Combine(RepositoryPaths.Root, "backend", "CareerPaths.Api", "schema.graphql"),
        SchemaPrinter.Print(ServedSchema()),
        "dotnet test tests/CareerPaths.Api.Tests -c Release --filter FullyQualifiedName~SchemaSnapshotTests");

    [Fact]
    public void TheDiffShowsChangedLinesWithContext()
    {
        var diff = LineDiff.Format("type A {\n  a: Int\n  b: Int\n}\n", "type A {\n  a: Int\n  b: String\n}\n");

        Assert.Equal("  type A {\n    a: Int\n-   b: Int\n+   b: String\n  }\n  \n", diff.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
