using CareerPaths.GraphQL.Language;

namespace CareerPaths.GraphQL.Tests.Language;

public class PrinterCorpusTests
{
    public static TheoryData<string> CorpusFiles() => new(ParserCorpus.FileNames());

    public static TheoryData<string> FilesPrintedByGraphQLJs() => new(ParserCorpus.GraphQLJsPrints().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void TheCorpusCoversEnoughDocuments()
    {
        Assert.True(ParserCorpus.FileNames().Count >= 150);
        Assert.True(ParserCorpus.GraphQLJsPrints().Count >= 150);
    }

    [Theory]
    [MemberData(nameof(FilesPrintedByGraphQLJs))]
    public void PrintingAParsedCorpusDocumentMatchesGraphQLJsCharacterForCharacter(string fileName)
    {
        var expected = ParserCorpus.GraphQLJsPrints()[fileName];
        Assert.Equal(expected, Printer.Print(Parser.Parse(ParserCorpus.Read(fileName))));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void PrintingIsStableUnderReparsing(string fileName)
    {
        var printed = Printer.Print(Parser.Parse(ParserCorpus.Read(fileName)));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
