using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

// Expected layouts are what graphql-js 17.0.2's print produces for the same documents.
public class PrinterLayoutTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void AnonymousQueriesPrintAsTheShorthand()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("query ($a: Int) {\n  a\n}", Reprint("query ($a: Int) { a }"));
        Assert.Equal("\"d\"\nquery {\n  a\n}", Reprint("\"d\" query { a }"));
    }

    [Fact]
    public void SelectionsAreIndentedTwoSpacesPerLevel() =>
        Assert.Equal(
            "{\n  a {\n    b\n    ... on T @d {\n      c\n    }\n    ...F\n  }\n}",
            Reprint("{a{b,...on T@d{c}...F}}"));

    [Fact]
    public void ArgumentsWrapOnePerLineBeyondEightyCharacters()
    {
        var fits = "{\n  f(a: \"" + new string('x', 72) + "\")\n}";
        Assert.Equal(fits, Reprint(fits));
        Assert.Equal(
            "{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}",
            Reprint("{ f(a: \"" + new string('x', 73) + "\") }"));
    }

    [Fact]
    public void LongListsAndObjectsWrapOneItemPerLine()
    {
        Assert.Equal(
            "{\n  f(\n    a: [\n      111111111\n      222222222\n      333333333\n      444444444\n      555555555\n      666666666\n      777777777\n      888888888\n    ]\n  )\n}",
            Reprint("{ f(a: [111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 777777777, 888888888]) }"));
        Assert.Equal("{  }", Printer.Print(Parser.ParseValue("{}")));
        Assert.Equal("{ a: 1, b: [] }", Printer.Print(Parser.ParseValue("{a: 1 b: []}")));
    }

    [Fact]
    public void VariableDefinitionsWithDescriptionsGoOnePerLineWithoutIndent() =>
        Assert.Equal(
            "query (\n\"d\"\n$a: Int\n\"\"\"\ne\nf\n\"\"\"\n$b: Int\n) {\n  a\n}",
            Reprint("query (\"d\" $a: Int, \"\"\"e\nf\"\"\" $b: Int) { a }"));

    [Fact]
    public void ArgumentDefinitionsWithDescriptionsGoOnePerLineIndented() =>
        Assert.Equal(
            "type Q {\n  a(\n    \"d\"\n    x: Int\n    y: [Int] = [1, 2]\n  ): Int @a(b: { c: 1 })\n}",
            Reprint("type Q { a(\"d\" x: Int, y: [Int] = [1,2]): Int @a(b: {c: 1}) }"));

    [Fact]
    public void TypeSystemDefinitionsPrintTheirParts() =>
        Assert.Equal(
            "\"\"\"Doc\"\"\"\ntype T implements A & B @d {\n  f: Int\n}\n\nunion U = A | B\n\nenum E {\n  X\n}\n\n"
            + "directive @a(b: Int) repeatable on FIELD | QUERY\n\nextend schema @d\n\nscalar S",
            Reprint("\"\"\"Doc\"\"\" type T implements & A & B @d { f: Int } union U = | A | B enum E { X } "
                + "directive @a(b: Int) repeatable on | FIELD | QUERY extend schema @d scalar S"));

    [Fact]
    public void EveryKindOfNodeCanBePrintedOnItsOwn()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a: b(c: [1]) @d }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("a: b(c: [1]) @d", Printer.Print(field));
        Assert.Equal("c: [1]", Printer.Print(field.Arguments[0]));
        Assert.Equal("@d", Printer.Print(field.Directives[0]));
        Assert.Equal("b", Printer.Print(field.Name));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[[Int!]]!")));
    }
}
