using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.2 Variables Are Input Types
/// <summary>Variables must be of scalar, enum or input object types (unknown types are §5.5.1.2's to report).</summary>
public sealed class VariablesAreInputTypes() : ValidationRule([SyntaxKind.VariableDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        if (TypeFromAst.Resolve(context.Schema, definition.Type) is { IsInputType: false })
        {
            context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type);
        }
    }
}
