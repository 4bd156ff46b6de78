using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.3 All Variable Uses Defined
/// <summary>
/// Every variable an operation uses, in it or in any fragment it spreads, is defined by that operation. A
/// fragment used by two operations is checked for each.
/// </summary>
public sealed class AllVariableUsesDefined() : ValidationRule([], [SyntaxKind.Document])
{
    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        foreach (var operation in context.Operations)
        {
            var defined = NameSet.Of(operation.VariableDefinitions, static d => d.Variable.Name.Value);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.ReportError(message, usage.Node, operation);
                }
            }
        }
    }
}
