using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Spec §3: schema, type and directive definitions as written in SDL.
public sealed partial class Parser
{
    // Spec §3.3 SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseRootOperationTypes();
        return new SchemaDefinitionNode(From(start), description, directives, operationTypes);
    }

    /// <summary>The RootOperationTypeDefinition+ and closing brace, after the opening brace.</summary>
    private OperationTypeDefinitionNode[] ParseRootOperationTypes()
    {
        var mark = _stackTop;
        do
        {
            var start = Here();
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            Push(new OperationTypeDefinitionNode(From(start), operation, type));
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<OperationTypeDefinitionNode>(mark);
    }

    // Spec §3.5 ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(From(start), description, name, directives);
    }

    // Spec §3.6 ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(From(start), description, name, interfaces, directives, fields);
    }

    // Spec §3.7 InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(From(start), description, name, interfaces, directives, fields);
    }

    // Spec §3.8 UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(From(start), description, name, directives, types);
    }

    // Spec §3.9 EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(From(start), description, name, directives, values);
    }

    // Spec §3.10 InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(From(start), description, name, directives, fields);
    }

    // Spec §3.13 DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        var isRepeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(From(start), description, name, arguments, isRepeatable, locations);
    }

    // Spec §3.13 DirectiveLocations : `|`? DirectiveLocation ( | DirectiveLocation )*, each from the spec's list.
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var mark = _stackTop;
        do
        {
            var token = _lexer;
            var location = ParseName();

            // Checked after consuming the name, like graphql-js: an error in the next token is reported first.
            if (!DirectiveLocations.IsDirectiveLocation(location.Value))
            {
                throw Unexpected(token);
            }

            Push(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return PopList<NameNode>(mark);
    }
}
