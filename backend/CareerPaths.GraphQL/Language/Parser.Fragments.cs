using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Spec §2.8: fragment spreads, inline fragments and fragment definitions.
public sealed partial class Parser
{
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
}
