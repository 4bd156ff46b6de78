using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.4.1 Argument Names
/// <summary>
/// Every argument of a field or directive must be defined by it. Directives defined in the document itself
/// count, as in graphql-js; arguments of unknown directives are the unknown directive's problem.
/// </summary>
public sealed class ArgumentNames() : ValidationRule([SyntaxKind.Argument, SyntaxKind.Directive])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(context, directive);
            return;
        }

        if (context.Parent is DirectiveNode || context.Argument is not null || context.FieldDefinition is not { } field)
        {
            return;
        }

        var name = ((ArgumentNode)node).Name.Value;
        var hint = context.DidYouMean(name, field.Arguments.Select(a => a.Name));
        context.ReportError($"Unknown argument \"{name}\" on field \"{field.Coordinate}\".{hint}", node);
    }

    private static void CheckDirective(ValidationContext context, DirectiveNode directive)
    {
        if (DocumentDirectives.Find(context, directive.Name.Value) is not { } known)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            if (!known.HasArgument(name))
            {
                var hint = context.DidYouMean(name, known.ArgumentNames);
                context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\".{hint}", argument);
            }
        }
    }
}
