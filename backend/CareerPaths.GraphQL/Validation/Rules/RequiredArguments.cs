using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.4.2.1 Required Arguments
/// <summary>
/// Non-null arguments without a default must be given, on fields and on directives (those of the schema and
/// those defined in the document). A given <c>null</c> is ValuesOfCorrectType's to report.
/// </summary>
public sealed class RequiredArguments() : ValidationRule([], [SyntaxKind.Field, SyntaxKind.Directive])
{
    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            foreach (var (name, type) in DocumentDirectives.Find(context, directive.Name.Value)?.RequiredArguments ?? [])
            {
                if (!IsGiven(directive.Arguments, name))
                {
                    context.ReportError($"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.", directive);
                }
            }

            return;
        }

        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsGiven(((FieldNode)node).Arguments, argument.Name))
            {
                context.ReportError($"Argument \"{argument.Coordinate}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
