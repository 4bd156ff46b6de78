using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.1 Variable Uniqueness
/// <summary>An operation defines each variable once; all definitions of a repeated name make one error.</summary>
public sealed class VariableUniqueness() : ValidationRule([SyntaxKind.OperationDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        foreach (var group in definitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(d => (SyntaxNode)d.Variable.Name).ToArray();
            if (names.Length > 1)
            {
                context.ReportError($"There can be only one variable named \"${group.Key}\".", names);
            }
        }
    }
}
