using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserExtensionTests
{
    private static T Only<T>(string source) => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void SchemaExtensionAddsDirectivesOrOperationTypes()
    {
        Assert.Single(Only<SchemaExtensionNode>("extend schema @a").Directives);
        Assert.Equal(OperationType.Mutation, Only<SchemaExtensionNode>("extend schema { mutation: M }").OperationTypes[0].Operation);
    }

    [Fact]
    public void TypeExtensionsAddTheirParts()
    {
        Assert.Equal("S", Only<ScalarTypeExtensionNode>("extend scalar S @d").Name.Value);
        var type = Only<ObjectTypeExtensionNode>("extend type T implements I @d { f: Int }");
        Assert.Equal((1, 1, 1), (type.Interfaces.Count, type.Directives.Count, type.Fields.Count));
        Assert.Equal("J", Only<InterfaceTypeExtensionNode>("extend interface I implements J").Interfaces[0].Name.Value);
        Assert.Equal(2, Only<UnionTypeExtensionNode>("extend union U = A | B").Types.Count);
        Assert.Single(Only<EnumTypeExtensionNode>("extend enum E { C }").Values);
        Assert.Single(Only<InputObjectTypeExtensionNode>("extend input I { c: Int }").Fields);
    }

    [Theory]
    [InlineData("extend schema", 14)]
    [InlineData("extend scalar S", 16)]
    [InlineData("extend type T", 14)]
    [InlineData("extend interface I", 19)]
    [InlineData("extend union U", 15)]
    [InlineData("extend enum E", 14)]
    [InlineData("extend input I", 15)]
    public void ExtensionsThatAddNothingAreSyntaxErrors(string source, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.Equal(("Syntax Error: Unexpected <EOF>.", column), (error.Message, error.Column));
    }

    [Theory]
    [InlineData("extend directive @a @b", "Syntax Error: Unexpected Name \"directive\".")]
    [InlineData("extend foo X", "Syntax Error: Unexpected Name \"foo\".")]
    [InlineData("\"doc\" extend type T @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.")]
    public void OnlyTheSpecsExtensionsAreAccepted(string source, string message) =>
        Assert.Equal(message, Assert.Throws<SyntaxError>(() => Parser.Parse(source)).Message);
}
