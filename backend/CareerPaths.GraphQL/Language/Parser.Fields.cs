using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Spec §3.6–§3.10: the parts that type definitions and extensions share.
public sealed partial class Parser
{
    // Spec §3.6 ImplementsInterfaces : implements `&`? NamedType ( & NamedType )*
    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        ExpectOptional(TokenKind.Amp);
        var mark = _stackTop;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Amp));

        return PopList<NamedTypeNode>(mark);
    }

    // Spec §3.8 UnionMemberTypes : = `|`? NamedType ( | NamedType )*
    private NamedTypeNode[] ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptional(TokenKind.Pipe);
        var mark = _stackTop;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return PopList<NamedTypeNode>(mark);
    }

    // Spec §3.6 FieldsDefinition : { FieldDefinition+ }
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<FieldDefinitionNode>(mark);
    }

    // Spec §3.6 FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(From(start), description, name, arguments, type, directives);
    }

    /// <summary>Spec §3.6.1 ArgumentsDefinition ( … ) or §3.10 InputFieldsDefinition { … }: one or more, when opened.</summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return PopList<InputValueDefinitionNode>(mark);
    }

    // Spec §3.6.1 InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(From(start), description, name, type, defaultValue, directives);
    }

    // Spec §3.9 EnumValuesDefinition : { EnumValueDefinition+ }
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<EnumValueDefinitionNode>(mark);
    }

    // Spec §3.9 EnumValueDefinition : Description? EnumValue Directives[Const]? where EnumValue is not true, false or null
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        if (_lexer.Value is "true" or "false" or "null")
        {
            throw ErrorAtCurrent(DescribeCurrent() + " is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(From(start), description, name, directives);
    }
}
