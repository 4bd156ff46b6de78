using CareerPaths.GraphQL.Language;

namespace CareerPaths.GraphQL.Tests.Language;

public class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Type", SchemaCoordinateKind.Type, "Type", null, null)]
    [InlineData("Type.field", SchemaCoordinateKind.Member, "Type", "field", null)]
    [InlineData("Type.field(arg:)", SchemaCoordinateKind.Argument, "Type", "field", "arg")]
    [InlineData("__Type.fields(includeDeprecated:)", SchemaCoordinateKind.Argument, "__Type", "fields", "includeDeprecated")]
    [InlineData("@dir", SchemaCoordinateKind.Directive, "dir", null, null)]
    [InlineData("@dir(arg:)", SchemaCoordinateKind.DirectiveArgument, "dir", null, "arg")]
    public void CoordinatesParseAndPrintBack(string source, SchemaCoordinateKind kind, string name, string? member, string? argument)
    {
        var coordinate = Parser.ParseSchemaCoordinate(source);
        Assert.Equal(new SchemaCoordinate(kind, name, member, argument), coordinate);
        Assert.Equal(source, coordinate.ToString());
    }

    [Theory]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("Type .field", "Syntax Error: Invalid character: \" \".", 5)]
    [InlineData("Type.field(arg)", "Syntax Error: Expected \":\", found \")\".", 15)]
    [InlineData("@dir.x", "Syntax Error: Expected <EOF>, found \".\".", 5)]
    [InlineData("Type.field(arg:)x", "Syntax Error: Expected <EOF>, found Name \"x\".", 17)]
    [InlineData("Type(arg:)", "Syntax Error: Expected <EOF>, found \"(\".", 5)]
    [InlineData("a.b.c", "Syntax Error: Expected <EOF>, found \".\".", 4)]
    [InlineData("Type.1", "Syntax Error: Invalid character: \"1\".", 6)]
    public void MalformedCoordinatesAreSyntaxErrors(string source, string message, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.ParseSchemaCoordinate(source));
        Assert.Equal((message, 1, column), (error.Message, error.Line, error.Column));
    }
}
