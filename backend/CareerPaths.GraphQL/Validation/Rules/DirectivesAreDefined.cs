using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.7.1 Directives Are Defined
/// <summary>Every directive used is defined by the schema (or by a directive definition in the document).</summary>
public sealed class DirectivesAreDefined() : ValidationRule([SyntaxKind.Directive])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (DocumentDirectives.Find(context, name) is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
        }
    }
}
