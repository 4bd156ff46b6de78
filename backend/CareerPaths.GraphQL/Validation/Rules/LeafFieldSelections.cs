using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.3.3 Leaf Field Selections
/// <summary>Scalar and enum fields have no selection set; object, interface and union fields must have one.</summary>
public sealed class LeafFieldSelections() : ValidationRule([SyntaxKind.Field])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var field = (FieldNode)node;
        var name = field.Name.Value;
        if (type.GetNamedType().IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            var hint = context.IncludeSuggestions ? $" Did you mean \"{name} {{ ... }}\"?" : string.Empty;
            context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields.{hint}", field);
        }
    }
}
