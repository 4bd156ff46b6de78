using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Tests.Language;

public class LexerTests
{
    internal readonly record struct Token(TokenKind Kind, string? Value, int Start, int End, int Line, int Column);

    internal static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        do
        {
            lexer.Advance();
            tokens.Add(new Token(lexer.Kind, lexer.Value, lexer.Start, lexer.End, lexer.Line, lexer.Column));
        }
        while (lexer.Kind != TokenKind.EndOfFile);

        return tokens;
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    [Fact]
    public void EveryPunctuatorIsItsOwnToken()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").ConvertAll(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
                TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR, TokenKind.EndOfFile,
            ],
            kinds);
    }

    [Fact]
    public void NamesAreAsciiLettersDigitsAndUnderscores()
    {
        Assert.Equal(new Token(TokenKind.Name, "_a1B_", 0, 5, 1, 1), Single("_a1B_"));
        Assert.Equal(["a", "b"], Lex("a b").Where(t => t.Kind == TokenKind.Name).Select(t => t.Value));
    }

    [Fact]
    public void IgnoredTokensAreSkippedAndPositionsCountUtf16CodeUnits()
    {
        var token = Single("\uFEFF \t,,# comment 😀\n  , name");
        Assert.Equal(new Token(TokenKind.Name, "name", 22, 26, 2, 5), token);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\r\nb", 3, 1)]
    [InlineData("a\r\rb", 3, 1)]
    [InlineData("a\n  b", 2, 3)]
    public void LineTerminatorsAreNewLineCarriageReturnOrBoth(string source, int line, int column)
    {
        var b = Lex(source)[1];
        Assert.Equal((line, column), (b.Line, b.Column));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("1234567890123456789012345", false)]
    [InlineData("-12", false)]
    [InlineData("1.0", true)]
    [InlineData("-0.5", true)]
    [InlineData("1e10", true)]
    [InlineData("1E+10", true)]
    [InlineData("1.5e-3", true)]
    public void NumbersKeepTheirText(string source, bool isFloat)
    {
        var token = Single(source);
        var kind = isFloat ? TokenKind.Float : TokenKind.Int;
        Assert.Equal((kind, source), (token.Kind, token.Value));
    }

    [Fact]
    public void StringsWithoutEscapesKeepAnyUnicodeScalarValue()
    {
        Assert.Equal("héllo 😀 中文 \u0001\t", Single("\"héllo 😀 中文 \u0001\t\"").Value);
        Assert.Equal(string.Empty, Single("\"\"").Value);
    }

    [Theory]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u00E9\"", "Aéé")]
    [InlineData("\"\\u{41}\\u{1F600}\\u{10FFFF}\\u{00000041}\"", "A😀\U0010FFFFA")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"a\\u0000b\"", "a\0b")]
    public void StringEscapesAreDecoded(string source, string value) => Assert.Equal(value, Single(source).Value);

    [Fact]
    public void BlockStringsAreDedentedAndTrimmedOfBlankLines()
    {
        var token = Single("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \n\"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Fact]
    public void BlockStringsKeepEscapesRawExceptEscapedTripleQuotes()
    {
        Assert.Equal("a \\n \\u0041 \"\"\" b", Single("\"\"\"a \\n \\u0041 \\\"\"\" b\"\"\"").Value);
    }

    [Fact]
    public void BlockStringsNormaliseLineTerminatorsToNewLine()
    {
        Assert.Equal("a\nb\nc", Single("\"\"\"a\r\nb\rc\"\"\"").Value);
    }

    [Fact]
    public void TokensAfterAMultiLineBlockStringHaveTheRightLineAndColumn()
    {
        var tokens = Lex("{ a(s: \"\"\"\n  one\r\n  two\"\"\") b }");
        var b = tokens.Single(t => t.Value == "b");
        Assert.Equal((3, 11), (b.Line, b.Column));
        var block = tokens.Single(t => t.Kind == TokenKind.BlockString);
        Assert.Equal((1, 8), (block.Line, block.Column));
    }
}
