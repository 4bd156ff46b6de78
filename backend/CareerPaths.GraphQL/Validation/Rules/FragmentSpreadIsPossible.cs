using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.2.3 Fragment Spread Is Possible
/// <summary>A fragment's type must share at least one possible object type with the type it is spread into.</summary>
public sealed class FragmentSpreadIsPossible() : ValidationRule([SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (context.ParentType is not { IsCompositeType: true } parentType)
        {
            return;
        }

        if (node is InlineFragmentNode)
        {
            if (context.Type is NamedType { IsCompositeType: true } fragmentType && !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
            }

            return;
        }

        var name = ((FragmentSpreadNode)node).Name.Value;
        if (context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) is { IsCompositeType: true } spreadType
            && !context.Schema.DoTypesOverlap(spreadType, parentType))
        {
            context.ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".", node);
        }
    }
}
