using CareerPaths.GraphQL.Language;

namespace CareerPaths.GraphQL.Tests.Language;

// Expected texts are graphql-js 17.0.2's printString / printBlockString / isPrintableAsBlockString results.
public class PrinterStringTests
{
    [Fact]
    public void StringsEscapeQuotesBackslashesAndControlCharactersOnly() =>
        Assert.Equal(
            "\"\\u0000\\u001F\\u007F\\u0080\\u009F\u00A0 \\\" \\\\ / \\b\\f\\n\\r\\t é 😀\"",
            Printer.PrintString("\0\u001F\u007F\u0080\u009F\u00A0 \" \\ / \b\f\n\r\t é 😀"));

    [Fact]
    public void StringsWithoutSpecialCharactersAreOnlyQuoted() => Assert.Equal("\"plain\"", Printer.PrintString("plain"));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"")]
    [InlineData("  leading", "\"\"\"  leading\"\"\"", "\"\"\"  leading\"\"\"")]
    [InlineData("trailing \"", "\"\"\"\ntrailing \"\n\"\"\"", "\"\"\"trailing \"\n\"\"\"")]
    [InlineData("trailing \\", "\"\"\"\ntrailing \\\n\"\"\"", "\"\"\"trailing \\\n\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"", "\"\"\"a\nb\"\"\"")]
    [InlineData("\n  x", "\"\"\"\n\n  x\n\"\"\"", "\"\"\"\n\n  x\"\"\"")]
    [InlineData("x\n  y", "\"\"\"\nx\n  y\n\"\"\"", "\"\"\"\nx\n  y\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"", "\"\"\"ends \\\"\"\"\"\"\"")]
    [InlineData("x\r\ny", "\"\"\"\nx\r\ny\n\"\"\"", "\"\"\"x\r\ny\"\"\"")]
    [InlineData("\ty", "\"\"\"\ty\"\"\"", "\"\"\"\ty\"\"\"")]
    [InlineData("a\n\nb", "\"\"\"\na\n\nb\n\"\"\"", "\"\"\"a\n\nb\"\"\"")]
    public void BlockStringsAreLaidOutAsGraphQLJsDoes(string value, string printed, string minimized)
    {
        Assert.Equal(printed, Printer.PrintBlockString(value));
        Assert.Equal(minimized, Printer.PrintBlockString(value, minimize: true));
    }

    [Fact]
    public void LongSingleLineBlockStringsGoOnTheirOwnLine()
    {
        var value = new string('a', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", Printer.PrintBlockString(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", Printer.PrintBlockString(value[..70]));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("a\n\nb", true)]
    [InlineData("x\n  y", true)]
    [InlineData("\n  x", false)]
    [InlineData("x\r\ny", false)]
    [InlineData("x\n", false)]
    [InlineData("  x\n  y", false)]
    [InlineData("bell \u0007", false)]
    [InlineData("tab \t ok", true)]
    public void BlockStringsArePrintableUnlessTheDedentWouldChangeTheValue(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));

    [Theory]
    [InlineData("simple")]
    [InlineData("a\n\nb")]
    [InlineData("x\n  y")]
    [InlineData("has \"\"\" inside")]
    [InlineData("ends with \"")]
    [InlineData("  indented first line\nsecond")]
    public void PrintableBlockStringsReadBackToTheSameValue(string value)
    {
        Assert.True(BlockString.IsPrintableAsBlockString(value));
        var parsed = Assert.IsType<CareerPaths.GraphQL.Language.Ast.StringValueNode>(Parser.ParseValue(Printer.PrintBlockString(value)));
        Assert.Equal(value, parsed.Value);
    }
}
