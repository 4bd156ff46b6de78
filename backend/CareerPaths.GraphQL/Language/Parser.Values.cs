using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Spec §2.9 input values, §2.11 type references, §2.12 directives, and descriptions.
public sealed partial class Parser
{
    // Spec §2.9 Value[Const]: variables are refused where the grammar asks for a constant.
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var location = CurrentTokenLocation();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _lexer.Value!;
                Advance();
                return new IntValueNode(location, value);
            }

            case TokenKind.Float:
            {
                var value = _lexer.Value!;
                Advance();
                return new FloatValueNode(location, value);
            }

            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var value = _lexer.Value!;
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(location, true),
                    "false" => new BooleanValueNode(location, false),
                    "null" => new NullValueNode(location),
                    _ => new EnumValueNode(location, value),
                };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    throw VariableInConstantValue();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private SyntaxError VariableInConstantValue()
    {
        var dollar = _lexer;
        Advance();
        if (Peek(TokenKind.Name))
        {
            return SyntaxError.At(dollar.Source, dollar.Start, "Unexpected variable \"$" + _lexer.Value + "\" in constant value.");
        }

        return Unexpected(dollar);
    }

    // Spec §2.9.4 StringValue, as a value or as a Description (spec §2.2).
    private StringValueNode ParseStringLiteral()
    {
        var node = new StringValueNode(CurrentTokenLocation(), _lexer.Value!, _lexer.Kind == TokenKind.BlockString);
        Advance();
        return node;
    }

    // Spec §2.9.7 ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BracketL);
        var mark = _stackTop;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(From(start), PopList<ValueNode>(mark));
    }

    // Spec §2.9.8 ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var mark = _stackTop;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ObjectFieldNode(From(fieldStart), name, value));
        }

        ExitNesting();
        return new ObjectValueNode(From(start), PopList<ObjectFieldNode>(mark));
    }

    // Spec §2.12 Directives[Const] : Directive[?Const]+ ; Directive : @ Name Arguments[?Const]?
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            var start = Here();
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(From(start), name, arguments));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(mark);
    }

    // Spec §2.11 Type : NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = Here();
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(From(start), itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(From(start), type) : type;
    }

    // Spec §2.11 NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = Here();
        var name = ParseName();
        return new NamedTypeNode(From(start), name);
    }

    // Spec §2.2 Description : StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
