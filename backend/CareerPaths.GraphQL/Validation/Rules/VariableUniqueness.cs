using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.1 Variable Uniqueness
/// <summary>An operation defines each variable once; all definitions of a repeated name make one error.</summary>
public sealed class VariableUniqueness() : ValidationRule([SyntaxKind.OperationDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        foreach (var (name, definitions) in NameGroups.Repeated(((OperationDefinitionNode)node).VariableDefinitions, static d => d.Variable.Name.Value))
        {
            context.ReportError($"There can be only one variable named \"${name}\".", [.. definitions.Select(d => d.Variable.Name)]);
        }
    }
}
