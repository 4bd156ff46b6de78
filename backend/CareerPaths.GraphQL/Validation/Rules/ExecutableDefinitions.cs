using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.1.1 Executable Definitions
/// <summary>An executable document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitions() : ValidationRule([SyntaxKind.Document])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
