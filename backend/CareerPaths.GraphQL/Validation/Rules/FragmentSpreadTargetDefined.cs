using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.2.1 Fragment Spread Target Defined
/// <summary>A spread must name a fragment defined in the document.</summary>
public sealed class FragmentSpreadTargetDefined() : ValidationRule([SyntaxKind.FragmentSpread])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((FragmentSpreadNode)node).Name;
        if (context.GetFragment(name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{name.Value}\".", name);
        }
    }
}
