using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Printing;

public class SchemaPrinterTests
{
    [Fact]
    public void PrintsTheKitchenSinkExactlyAsGraphQLJsDoes()
    {
        var schema = SchemaBuilder.FromSdl(Fixture.Read("kitchen-sink.graphql"));

        Assert.Equal(Fixture.Read("kitchen-sink.printed-by-graphql-js.graphql"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrintingIsStableAcrossARoundTrip()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Fixture.Read("kitchen-sink.graphql")));

        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }
}
