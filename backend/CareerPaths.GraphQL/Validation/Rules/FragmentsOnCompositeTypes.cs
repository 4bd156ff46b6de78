using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.1.3 Fragments On Composite Types
/// <summary>Named and inline fragments may only condition on objects, interfaces and unions.</summary>
public sealed class FragmentsOnCompositeTypes() : ValidationRule([SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var (condition, subject) = node is FragmentDefinitionNode fragment
            ? (fragment.TypeCondition, $"Fragment \"{fragment.Name.Value}\"")
            : (((InlineFragmentNode)node).TypeCondition, "Fragment");
        if (condition is not null && TypeFromAst.Resolve(context.Schema, condition) is { IsCompositeType: false })
        {
            context.ReportError($"{subject} cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        }
    }
}
