using CareerPaths.GraphQL.Language;

namespace CareerPaths.GraphQL.Tests.Language;

public class LexerErrorTests
{
    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("{ a \u00A0 }", "Syntax Error: Unexpected character: U+00A0.", 1, 5)]
    [InlineData("{ a \U0001F600 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("{ a(x: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1.e2) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 10)]
    [InlineData("{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5.2) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1", "Syntax Error: Expected Name, found <EOF>.", 1, 9)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83Dx\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{000000041}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000041\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\"\\u{12G}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12G\".", 1, 2)]
    [InlineData("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"\"\"a\\\"\"\"", "Syntax Error: Unterminated string.", 1, 9)]
    public void InvalidTokensAreSyntaxErrorsAtTheirLineAndColumn(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    // Lone surrogates cannot go through [InlineData]: xunit's serialisation of theory data would replace them.
    public static TheoryData<string, string, int, int> LoneSurrogates() => new()
    {
        { "{ a }\uD800", "Syntax Error: Invalid character: U+D800.", 1, 6 },
        { "# comment \uDC00\n{ a }", "Syntax Error: Invalid character: U+DC00.", 1, 11 },
        { "\"a\uD800\"", "Syntax Error: Invalid character within String: U+D800.", 1, 3 },
        { "\n\n   \"\"\"a\uDBFF\"\"\"", "Syntax Error: Invalid character within String: U+DBFF.", 3, 8 },
        { "\"\uD83D\uDE00\" \uDE00", "Syntax Error: Invalid character: U+DE00.", 1, 6 },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void LoneSurrogatesAreInvalidCharactersEvenInStringsAndComments(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void ErrorLocationsCountCarriageReturnNewLineAsOneLineTerminator()
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse("{\r\n  a\r\n  ?\r\n}"));
        Assert.Equal((3, 3, 10), (error.Line, error.Column, error.Position));
    }
}
