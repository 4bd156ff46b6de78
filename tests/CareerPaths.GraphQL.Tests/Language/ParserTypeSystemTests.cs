using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserTypeSystemTests
{
    private static T Only<T>(string source) => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void SchemaDefinitionHasDescriptionDirectivesAndRootOperationTypes()
    {
        var schema = Only<SchemaDefinitionNode>("\"The schema\" schema @a { query: Q mutation: M subscription: S }");
        Assert.Equal("The schema", schema.Description?.Value);
        Assert.Equal("a", schema.Directives[0].Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void ScalarDefinitionHasDirectives()
    {
        var scalar = Only<ScalarTypeDefinitionNode>("scalar Date @specifiedBy(url: \"https://example.com\")");
        Assert.Equal(("Date", "specifiedBy"), (scalar.Name.Value, scalar.Directives[0].Name.Value));
    }

    [Fact]
    public void ObjectTypeHasInterfacesDirectivesAndFieldsWithArguments()
    {
        var type = Only<ObjectTypeDefinitionNode>(
            "\"\"\"Doc\"\"\" type T implements & A & B @d { \"f doc\" f(\"a doc\" a: Int = 1 @x, b: [In!]): String! @deprecated }");
        Assert.Equal("Doc", type.Description?.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal(("f doc", "f"), (field.Description?.Value, field.Name.Value));
        Assert.IsType<NonNullTypeNode>(field.Type);
        Assert.Equal("deprecated", field.Directives[0].Name.Value);
        var a = field.Arguments[0];
        Assert.Equal(("a doc", "a", "1", "x"), (a.Description?.Value, a.Name.Value, ((IntValueNode)a.DefaultValue!).Value, a.Directives[0].Name.Value));
        Assert.Null(field.Arguments[1].DefaultValue);
    }

    [Fact]
    public void TypesMayOmitTheirFieldsValuesAndMembers()
    {
        var document = Parser.Parse("type T interface I union U enum E input In");
        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
        Assert.Empty(Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Empty(Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[3]).Values);
        Assert.Empty(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[4]).Fields);
    }

    [Fact]
    public void InterfacesCanImplementInterfaces()
    {
        var type = Only<InterfaceTypeDefinitionNode>("interface Image implements Resource & Node { id: ID! }");
        Assert.Equal(["Resource", "Node"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void UnionMembersMayStartWithAPipe()
    {
        var union = Only<UnionTypeDefinitionNode>("union U @d = | A | B");
        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
        Assert.Single(union.Directives);
    }

    [Fact]
    public void EnumValuesHaveDescriptionsAndDirectives()
    {
        var values = Only<EnumTypeDefinitionNode>("enum E { \"red\" RED @deprecated GREEN on }").Values;
        Assert.Equal(["RED", "GREEN", "on"], values.Select(v => v.Name.Value));
        Assert.Equal(("red", "deprecated"), (values[0].Description?.Value, values[0].Directives[0].Name.Value));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void EnumValuesCannotBeTrueFalseOrNull(string name)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse("enum E { A " + name + " }"));
        Assert.Equal($"Syntax Error: Name \"{name}\" is reserved and cannot be used for an enum value.", error.Message);
        Assert.Equal((1, 12), (error.Line, error.Column));
    }

    [Fact]
    public void InputObjectFieldsHaveConstantDefaults()
    {
        var input = Only<InputObjectTypeDefinitionNode>("input I @oneOf { a: Int = 1 b: In = {c: [1]} }");
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.IsType<ObjectValueNode>(input.Fields[1].DefaultValue);
        Assert.Equal("oneOf", input.Directives[0].Name.Value);
    }

    [Fact]
    public void DirectiveDefinitionsHaveArgumentsRepeatableAndLocations()
    {
        var directive = Only<DirectiveDefinitionNode>("\"d\" directive @tag(name: String!) repeatable on | OBJECT | FIELD");
        Assert.Equal(("d", "tag", true), (directive.Description?.Value, directive.Name.Value, directive.IsRepeatable));
        Assert.Equal("name", directive.Arguments[0].Name.Value);
        Assert.Equal(["OBJECT", "FIELD"], directive.Locations.Select(l => l.Value));
        Assert.False(Only<DirectiveDefinitionNode>("directive @a on QUERY").IsRepeatable);
    }

    [Fact]
    public void EveryLocationOfTheSpecIsAccepted()
    {
        string[] all =
        [
            "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
            "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        ];
        var directive = Only<DirectiveDefinitionNode>("directive @a on " + string.Join(" | ", all));
        Assert.Equal(all, directive.Locations.Select(l => l.Value));
    }

    [Theory]
    [InlineData("directive @a on FIELDS", "Syntax Error: Unexpected Name \"FIELDS\".", 17)]
    [InlineData("directive @a on field", "Syntax Error: Unexpected Name \"field\".", 17)]
    [InlineData("directive @a on FIELD | ", "Syntax Error: Expected Name, found <EOF>.", 25)]
    [InlineData("directive @a", "Syntax Error: Expected \"on\", found <EOF>.", 13)]
    [InlineData("directive a on FIELD", "Syntax Error: Expected \"@\", found Name \"a\".", 11)]
    public void DirectiveLocationsMustBeFromTheSpec(string source, string message, int column)
    {
        var error = Assert.Throws<SyntaxError>(() => Parser.Parse(source));
        Assert.Equal((message, column), (error.Message, error.Column));
    }

    [Fact]
    public void ExecutableAndTypeSystemDefinitionsMayShareADocument()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int }");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
    }
}
