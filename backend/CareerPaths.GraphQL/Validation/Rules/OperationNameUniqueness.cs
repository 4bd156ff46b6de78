using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.2.2.1 Operation Name Uniqueness
/// <summary>No two operations share a name; each repeat is reported with the first.</summary>
public sealed class OperationNameUniqueness() : ValidationRule([SyntaxKind.OperationDefinition])
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override ValidationRule ForDocument(ValidationContext context) => new OperationNameUniqueness();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (((OperationDefinitionNode)node).Name is not { } name)
        {
            return;
        }

        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _seen[name.Value] = name;
        }
    }
}
