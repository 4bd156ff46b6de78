using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.4.2 Argument Uniqueness
/// <summary>A field or directive names each argument once; all occurrences of a repeated name make one error.</summary>
public sealed class ArgumentUniqueness() : ValidationRule([SyntaxKind.Field, SyntaxKind.Directive])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(a => (SyntaxNode)a.Name).ToArray();
            if (names.Length > 1)
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", names);
            }
        }
    }
}
