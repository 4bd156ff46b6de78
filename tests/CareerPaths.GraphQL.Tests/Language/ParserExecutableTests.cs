using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserExecutableTests
{
    private static T Only<T>(IReadOnlyList<SyntaxNode> nodes) => Assert.IsType<T>(Assert.Single(nodes));

    private static FieldNode FirstField(string source)
    {
        var operation = Only<OperationDefinitionNode>(Parser.Parse(source).Definitions);
        return Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
    }

    [Fact]
    public void ShorthandQueryIsAnAnonymousQueryMarkedAsShorthand()
    {
        var operation = Only<OperationDefinitionNode>(Parser.Parse("{ a }").Definitions);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.True(operation.IsShorthand);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void OperationsHaveTheirTypeAndName(string source, OperationType type)
    {
        var operation = Only<OperationDefinitionNode>(Parser.Parse(source).Definitions);
        Assert.Equal(type, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
        Assert.False(operation.IsShorthand);
    }

    [Fact]
    public void FieldsHaveAliasArgumentsDirectivesAndSelections()
    {
        var field = FirstField("{ alias: name(a: 1, b: $v) @skip(if: true) @other { sub } }");
        Assert.Equal("alias", field.Alias?.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["skip", "other"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("sub", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void EmptyListsAreSharedEmptyArrays()
    {
        var field = FirstField("{ a }");
        Assert.Same(Array.Empty<ArgumentNode>(), field.Arguments);
        Assert.Same(Array.Empty<DirectiveNode>(), field.Directives);
        Assert.Null(field.SelectionSet);
    }

    [Fact]
    public void VariableDefinitionsHaveTypesDefaultsDirectivesAndDescriptions()
    {
        var operation = Only<OperationDefinitionNode>(
            Parser.Parse("query Q(\"first\" $a: [Int!]! = [1] @d, $b: String) { a }").Definitions);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("first", a.Description?.Value);
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.IsType<ListValueNode>(a.DefaultValue);
        Assert.Equal("d", Assert.Single(a.Directives).Name.Value);
        var b = operation.VariableDefinitions[1];
        Assert.Null(b.Description);
        Assert.Null(b.DefaultValue);
    }

    [Fact]
    public void OperationsAndFragmentsCanHaveDescriptions()
    {
        var document = Parser.Parse("\"\"\"Op\"\"\" query Q { a } \"Frag\" fragment F on T { a }");
        Assert.Equal("Op", Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).Description?.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Frag", fragment.Description?.Value);
        Assert.True(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).Description!.IsBlock);
    }

    [Fact]
    public void FragmentSpreadsAndInlineFragmentsAreDistinguished()
    {
        var selections = Only<OperationDefinitionNode>(
            Parser.Parse("{ ...F @d ... on T { a } ... @e { b } ... { c } }").Definitions).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", "d"), (spread.Name.Value, spread.Directives[0].Name.Value));
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("e", withDirective.Directives[0].Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void FragmentDefinitionsHaveATypeConditionAndDirectives()
    {
        var fragment = Only<FragmentDefinitionNode>(Parser.Parse("fragment F on T @d { a }").Definitions);
        Assert.Equal(("F", "T", "d"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void KeywordsAreOrdinaryNamesWhereTheGrammarAsksForAName()
    {
        var document = Parser.Parse("query query { on: fragment(query: on) ... on on { type } } fragment mutation on subscription { a }");
        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Equal(("on", "fragment"), (field.Alias?.Value, field.Name.Value));
        Assert.Equal("on", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("mutation", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Name.Value);
    }

    [Fact]
    public void NodeLocationsSpanFromTheirFirstToTheirLastToken()
    {
        const string source = "query Q {\n  alias: field(arg: [1, 2]) { sub }\n}";
        var document = Parser.Parse(source);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("alias: field(arg: [1, 2]) { sub }", source[field.Location.Start..field.Location.End]);
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        Assert.Equal("field", source[field.Name.Location.Start..field.Name.Location.End]);
        Assert.Equal((2, 10), (field.Name.Location.Line, field.Name.Location.Column));
        Assert.Equal("[1, 2]", source[field.Arguments[0].Value.Location.Start..field.Arguments[0].Value.Location.End]);
        Assert.Equal(new Location(0, source.Length, 1, 1), document.Location);
    }

    [Fact]
    public void DocumentsCountTheirTokensButNotIgnoredOnesOrTheEnd() =>
        Assert.Equal(8, Parser.Parse("{ a(b: 1) } # comment, ignored").TokenCount);
}
