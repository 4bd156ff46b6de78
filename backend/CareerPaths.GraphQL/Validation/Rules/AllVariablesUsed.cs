using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.4 All Variables Used
/// <summary>Every variable an operation defines is used by it or by a fragment it spreads.</summary>
public sealed class AllVariablesUsed() : ValidationRule([], [SyntaxKind.Document])
{
    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        foreach (var operation in context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = NameSet.Of(context.GetRecursiveVariableUsages(operation), static u => u.Node.Name.Value);

            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.ReportError(message, definition);
                }
            }
        }
    }
}
