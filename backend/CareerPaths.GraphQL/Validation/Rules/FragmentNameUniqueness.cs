using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.1.1 Fragment Name Uniqueness
/// <summary>No two fragments share a name; each repeat is reported with the first.</summary>
public sealed class FragmentNameUniqueness() : ValidationRule([SyntaxKind.FragmentDefinition])
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override ValidationRule ForDocument(ValidationContext context) => new FragmentNameUniqueness();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((FragmentDefinitionNode)node).Name;
        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _seen[name.Value] = name;
        }
    }
}
