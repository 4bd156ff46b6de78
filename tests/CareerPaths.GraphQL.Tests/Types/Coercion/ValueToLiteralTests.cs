using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types.Coercion;
using static CareerPaths.GraphQL.Tests.Types.Coercion.CoercionSchema;

namespace CareerPaths.GraphQL.Tests.Types.Coercion;

// graphql-js valueToLiteral, as used to print code-first default values.
public class ValueToLiteralTests
{
    private static string? Print(object? value, string type) =>
        ValueToLiteral.Convert(value, Type(type)) is { } node ? Printer.Print(node) : null;

    [Fact]
    public void ConvertsExternalValuesToLiterals()
    {
        Assert.Equal("1", Print(1, "Int"));
        Assert.Equal("[1, 2]", Print(new[] { 1, 2 }, "[Int]"));
        Assert.Equal("1", Print(1, "[Int]"));
        Assert.Equal("null", Print(null, "Int"));
        Assert.Null(Print(null, "Int!"));
        Assert.Null(Print(1.5, "Int"));
        Assert.Equal("RED", Print("RED", "Color"));
        Assert.Null(Print("BLUE", "Color"));
        Assert.Equal("{ x: 1, label: \"a\\n\" }", Print(new Dictionary<string, object?> { ["x"] = 1, ["label"] = "a\n" }, "Point"));
        Assert.Null(Print(new Dictionary<string, object?> { ["label"] = "a" }, "Point"));
    }
}
