using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation.Merging;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.3.2 Field Selection Merging
/// <summary>
/// Fields that share a response key must be able to merge (FieldsInSetCanMerge), including those brought in
/// by fragments. Each conflicting pair is one error, located at both fields and at the sub-fields that made
/// them conflict. The algorithm and its caches are in <see cref="ConflictFinder"/>.
/// </summary>
public sealed class FieldSelectionMerging() : ValidationRule([SyntaxKind.SelectionSet])
{
    private ConflictFinder? _finder;

    public override ValidationRule ForDocument(ValidationContext context) => new FieldSelectionMerging();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        // An inline fragment's fields are checked with the selection set that holds it; a set of one field
        // has nothing to merge with.
        var selectionSet = (SelectionSetNode)node;
        if (context.Parent is InlineFragmentNode
            || (selectionSet.Selections.Count <= 1 && selectionSet.Selections is not [InlineFragmentNode])
            || HasOnlyDistinctFields(selectionSet))
        {
            return;
        }

        _finder ??= new ConflictFinder(context);
        foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
        {
            var locations = conflict.Fields1.Concat(conflict.Fields2).Select(ErrorLocation.Of).ToArray();
            context.ReportError(new GraphQLError(conflict.Message, locations, extensions: ValidationErrors.FailedExtensions));
        }
    }

    // The common case, decided without collecting anything: plain fields under distinct response keys cannot
    // conflict with each other here (their sub-selections are checked when they are visited).
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > 16)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var key = field.ResponseKey;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
