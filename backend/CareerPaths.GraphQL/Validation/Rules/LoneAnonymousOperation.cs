using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.2.3.1 Lone Anonymous Operation
/// <summary>An anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation() : ValidationRule([SyntaxKind.OperationDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (((OperationDefinitionNode)node).Name is null && context.Operations.Count > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
