using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.2.1.1 Operation Type Existence
/// <summary>An operation's type (query, mutation, subscription) must have a root type in the schema.</summary>
public sealed class OperationTypeExistence() : ValidationRule([SyntaxKind.OperationDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            var keyword = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError($"The {keyword} operation is not supported by the schema.", operation);
        }
    }
}
