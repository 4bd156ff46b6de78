using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Spec §2.3–§2.8 and §2.10: operations, selections, fields, arguments, fragments and variable definitions.
public sealed partial class Parser
{
    // Spec §2.3 OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here();
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(
                From(start), null, OperationType.Query, null, [], [], shorthand, isShorthand: true);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(
            From(start), description, operation, name, variableDefinitions, directives, selectionSet);
    }

    // Spec §2.3 OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        if (!Peek(TokenKind.Name))
        {
            Expect(TokenKind.Name);
        }

        var token = _lexer;
        OperationType? operation = token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => null,
        };

        // Consume first, like graphql-js: an error in the next token is reported before this one.
        Advance();
        return operation ?? throw Unexpected(token);
    }

    // Spec §2.10 VariablesDefinition : ( VariableDefinition+ )
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<VariableDefinitionNode>(mark);
    }

    // Spec §2.10 VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(From(start), description, variable, type, defaultValue, directives);
    }

    // Spec §2.10 Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = Here();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(From(start), name);
    }

    // Spec §2.4 SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var mark = _stackTop;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        ExitNesting();
        return new SelectionSetNode(From(start), PopList<SelectionNode>(mark));
    }

    // Spec §2.5 Field : Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = Here();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(From(start), alias, name, arguments, directives, selectionSet);
    }

    // Spec §2.6 Arguments[Const] : ( Argument[?Const]+ )
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            var start = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ArgumentNode(From(start), name, value));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<ArgumentNode>(mark);
    }

    // Spec §2.8 FragmentSpread : ... FragmentName Directives?  and §2.8.2 InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = Here();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(From(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(From(start), typeCondition, directives, selectionSet);
    }

    // Spec §2.8 FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(From(start), description, name, typeCondition, directives, selectionSet);
    }

    // Spec §2.8 FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        // Like graphql-js, any token whose value is "on" (even a string) is refused here.
        if (_lexer.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }

    // Spec §2.1.9 Name
    private NameNode ParseName()
    {
        if (!Peek(TokenKind.Name))
        {
            Expect(TokenKind.Name);
        }

        var name = new NameNode(CurrentTokenLocation(), _lexer.Value!);
        Advance();
        return name;
    }
}
