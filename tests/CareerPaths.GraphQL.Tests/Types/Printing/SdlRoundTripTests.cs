using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Printing;

public class SdlRoundTripTests
{
    [Fact]
    public void AnSdlSchemaPrintsBackAsWritten()
    {
        const string sdl = """
            type Query {
              hello(name: String = "world"): String
              node: Node
            }

            interface Node {
              id: ID!
            }

            type User implements Node {
              id: ID!
              name: String @deprecated(reason: "use fullName")
            }
            """;
        var schema = SchemaBuilder.FromSdl(sdl);
        Assert.Equal(sdl, SchemaPrinter.Print(schema));
    }
}
