using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserValueTests
{
    [Fact]
    public void ScalarLiteralsBecomeTheirValueNodes()
    {
        Assert.Equal("-12", Assert.IsType<IntValueNode>(Parser.ParseValue("-12")).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(Parser.ParseValue("1.5e3")).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(Parser.ParseValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(Parser.ParseValue("false")).Value);
        Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(Parser.ParseValue("RED")).Value);
        var text = Assert.IsType<StringValueNode>(Parser.ParseValue("\"a\\nb\""));
        Assert.Equal(("a\nb", false), (text.Value, text.IsBlock));
        Assert.True(Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"a\"\"\"")).IsBlock);
    }

    [Fact]
    public void ListsAndObjectsNestAndMayBeEmpty()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, [], {a: {b: [$v]}}, {}]"));
        Assert.Equal(4, list.Values.Count);
        Assert.Empty(Assert.IsType<ListValueNode>(list.Values[1]).Values);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[2]);
        Assert.Equal("a", obj.Fields[0].Name.Value);
        Assert.Empty(Assert.IsType<ObjectValueNode>(list.Values[3]).Fields);
    }

    [Fact]
    public void ConstantValuesRefuseVariables()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$v"));
        var error = Assert.Throws<SyntaxError>(() => Parser.ParseConstValue("{a: [$v]}"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal((1, 6), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("query Q($a: Int = $b) { a }", 1, 19)]
    [InlineData("type T { f(a: Int = {b: $c}): Int }", 1, 25)]
    [InlineData("type T @d(a: $c)", 1, 14)]
    [InlineData("query Q($a: Int @d(x: $c)) { a }", 1, 23)]
    [InlineData("input I { f: [Int] = [$c] }", 1, 23)]
    public void VariablesAreRefusedWhereTheGrammarRequiresConstants(string source, int line, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.StartsWith("Syntax Error: Unexpected variable \"$", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void TypesNestListsAndNonNull()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }

    [Theory]
    [InlineData("String!!", "Syntax Error: Expected <EOF>, found \"!\".")]
    [InlineData("[String", "Syntax Error: Expected \"]\", found <EOF>.")]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.")]
    public void MalformedTypesAreSyntaxErrors(string source, string message) =>
        Assert.Equal(message, Assert.Throws<SyntaxError>(() => Parser.ParseType(source)).Message);

    [Fact]
    public void EntryPointsRequireTheWholeSourceToBeOneItem() =>
        Assert.Equal(
            "Syntax Error: Expected <EOF>, found Int \"2\".",
            Assert.Throws<SyntaxError>(() => Parser.ParseValue("1 2")).Message);
}
