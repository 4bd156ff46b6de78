using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.1.4 Fragments Must Be Used
/// <summary>Every fragment must be reachable from some operation (through other fragments counts).</summary>
public sealed class FragmentsMustBeUsed() : ValidationRule([], [SyntaxKind.Document])
{
    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(context.Operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in context.Fragments.Definitions)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
