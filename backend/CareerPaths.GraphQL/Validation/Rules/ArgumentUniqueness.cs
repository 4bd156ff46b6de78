using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.4.2 Argument Uniqueness
/// <summary>A field or directive names each argument once; all occurrences of a repeated name make one error.</summary>
public sealed class ArgumentUniqueness() : ValidationRule([SyntaxKind.Field, SyntaxKind.Directive])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        foreach (var (name, repeated) in NameGroups.Repeated(arguments, static a => a.Name.Value))
        {
            context.ReportError($"There can be only one argument named \"{name}\".", [.. repeated.Select(a => a.Name)]);
        }
    }
}
