using CareerPaths.GraphQL.Language;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserSyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b:) }", "Syntax Error: Unexpected \")\".", 1, 7)]
    [InlineData("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a:) { a }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 11)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("notAnOperation { a }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("{ a }\n}", "Syntax Error: Unexpected \"}\".", 2, 1)]
    [InlineData("schema { query: Q, other: R }", "Syntax Error: Unexpected Name \"other\".", 1, 20)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("input I { a: Int = $ }", "Syntax Error: Unexpected \"$\".", 1, 20)]
    [InlineData("type T { f(a: Int = 1, b): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 25)]
    [InlineData("{ a(x: [1, 2 }", "Syntax Error: Unexpected \"}\".", 1, 14)]
    [InlineData("{ a(x: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(x: \"s\" \"t\") }", "Syntax Error: Expected Name, found String \"t\".", 1, 12)]
    [InlineData("query Q {\n  a\n  b(\n}", "Syntax Error: Expected Name, found \"}\".", 4, 1)]
    public void SyntaxErrorsSayWhatWasExpectedAndWhereItWasFound(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void ErrorsKeepTheDescriptionAndPositionApart()
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse("{ a }\n  ?"));
        Assert.Equal(("Unexpected character: \"?\".", 8, 2, 3), (error.Description, error.Position, error.Line, error.Column));
    }
}
