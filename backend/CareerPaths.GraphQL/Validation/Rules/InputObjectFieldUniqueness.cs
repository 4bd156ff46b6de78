using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.6.3 Input Object Field Uniqueness
/// <summary>An input object literal names each field once, at any depth and whatever the expected type.</summary>
public sealed class InputObjectFieldUniqueness() : ValidationRule([SyntaxKind.ObjectValue])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var fields = ((ObjectValueNode)node).Fields;
        if (fields.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (seen.TryGetValue(field.Name.Value, out var first))
            {
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                seen[field.Name.Value] = field.Name;
            }
        }
    }
}
