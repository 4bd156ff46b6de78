using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Building;

public class CodeFirstInputTests
{
    [Fact]
    public void OneOfInputsAndDeprecatedArgumentsCanBeDeclaredInCode()
    {
        var schema = SchemaBuilder.Create()
            .InputObject("RoleBy", t =>
            {
                t.OneOf();
                t.Field("id", "ID");
                t.Field("slug", "String").Deprecated("Use id");
            })
            .Object("Query", t => t.Field("role").Type("String")
                .Argument("by", "RoleBy!")
                .Argument("legacy", a => a.Type("Boolean").DefaultValue(false).Deprecated()))
            .Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.Contains("input RoleBy @oneOf {\n  id: ID\n  slug: String @deprecated(reason: \"Use id\")\n}", printed, StringComparison.Ordinal);
        Assert.Contains("role(by: RoleBy!, legacy: Boolean = false @deprecated): String", printed, StringComparison.Ordinal);
        Assert.True(((InputObjectType)schema.GetType("RoleBy")!).IsOneOf);
    }

    [Fact]
    public void ASelfReferenceThroughAnExplicitNullDefaultIsFine() =>
        Assert.NotNull(SchemaBuilder.FromSdl("type Query { a(x: A): Int } input A { a: A = {a: null} }"));
}
