using System.Diagnostics;
using System.Text;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserLimitTests
{
    private const int Million = 1_000_000;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    public static TheoryData<string, string> DeeplyNestedDocuments() => new()
    {
        { "selection sets", Repeat("{a", Million) },
        { "fields with arguments", Repeat("{a(x: 1) @d ", Million) },
        { "list values", "{ a(x: " + Repeat("[", Million) },
        { "object values", "{ a(x: " + Repeat("{a:", Million) },
        { "list types", "query Q($v: " + Repeat("[", Million) + "Int" + Repeat("]", Million) + ") { a }" },
        { "list types in SDL", "type T { f: " + Repeat("[", Million) },
        { "default values", "type T { f(a: Int = " + Repeat("[", Million) + "): Int }" },
        { "directive arguments", "{ a @d(x: " + Repeat("{a: [", Million) },
        { "inline fragments", "{" + Repeat("... on T {", Million) },
    };

    [Theory]
    [MemberData(nameof(DeeplyNestedDocuments), DisableDiscoveryEnumeration = true)]
    public void AMillionNestingLevelsAreRejectedQuicklyWithTheDepthError(string construct, string source)
    {
        var stopwatch = Stopwatch.StartNew();
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source, ParserOptions.Trusted));
        Assert.True(stopwatch.ElapsedMilliseconds < 1_000, $"{construct} took {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal($"Syntax Error: Document exceeds the maximum nesting depth of {ParserOptions.DefaultMaxDepth}.", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[")]
    [InlineData("(")]
    [InlineData("\"\"\"")]
    public void AMillionOpeningPunctuatorsAreRejectedQuickly(string punctuator)
    {
        var stopwatch = Stopwatch.StartNew();
        Assert.Throws<SyntaxError>(() => Parser.Parse(Repeat(punctuator, Million)));
        Assert.True(stopwatch.ElapsedMilliseconds < 1_000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void NestingUpToTheLimitIsAccepted()
    {
        var options = new ParserOptions { MaxDepth = 10 };
        var document = Parser.Parse(Repeat("{a", 10) + Repeat("}", 10), options);
        Assert.Single(document.Definitions);
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(Repeat("{a", 11) + Repeat("}", 11), options));
        Assert.Equal((1, 21), (error.Line, error.Column));
    }

    [Fact]
    public void SelectionSetsValuesAndTypesCountTowardsOneDepth()
    {
        var options = new ParserOptions { MaxDepth = 4 };
        Parser.Parse("{ a { b(x: [{y: 1}]) } }", options);
        Assert.Throws<SyntaxError>(() => Parser.Parse("{ a { b(x: [{y: [1]}]) } }", options));
        Parser.Parse("query Q($a: [[[[Int]]]]) { a }", options);
        Assert.Throws<SyntaxError>(() => Parser.Parse("query Q($a: [[[[[Int]]]]]) { a }", options));
    }

    [Fact]
    public void SiblingsDoNotAddToTheDepth()
    {
        var source = "{ " + Repeat("a { b } ", 1000) + "}";
        Assert.Equal(1000, ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void DocumentsOverTheTokenLimitAreRejectedAtTheFirstTokenTooMany()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.Equal(5, Parser.Parse("{ a b c }", options).TokenCount);
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document exceeds the maximum of 5 tokens.", error.Message);
        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void TheDefaultTokenLimitStopsAHugeDocumentEarly()
    {
        var source = "{ " + Repeat("a ", Million) + "}";
        var stopwatch = Stopwatch.StartNew();
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.True(stopwatch.ElapsedMilliseconds < 1_000, $"took {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal($"Syntax Error: Document exceeds the maximum of {ParserOptions.DefaultMaxTokens} tokens.", error.Message);
    }

    [Fact]
    public void TrustedSourcesHaveNoTokenLimit()
    {
        var source = "type T { " + Repeat("f: Int ", 20_000) + "}";
        Assert.Equal(60_004, Parser.Parse(source, ParserOptions.Trusted).TokenCount);
    }

    [Fact]
    public void ManyFlatDefinitionsDoNotRecurse()
    {
        var source = Repeat("scalar S ", 200_000);
        Assert.Equal(200_000, Parser.Parse(source, ParserOptions.Trusted).Definitions.Count);
    }
}
