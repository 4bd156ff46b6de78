using System.Runtime.CompilerServices;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>
/// Spec §5.3.2 FieldsInSetCanMerge and SameResponseShape, organised as graphql-js 17 does so that the same
/// conflicts are found and reported: fields are collected once per (type, selection set); field/fragment and
/// fragment/fragment comparisons are remembered (so fragment cycles and repeated spreads end); and a work
/// budget like graphql-js's aborts validation of a document built to make the comparison explode.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    // As graphql-js 17 (MAX_COMPLEXITY_BUDGET): beyond this much work the document is refused.
    private const int ComplexityBudget = 500_000;

    private static readonly object NoType = new();

    private readonly Dictionary<(object Type, SelectionSetNode Set), CollectedFields> _collected = [];
    private readonly ValueKeys _valueKeys = new();
    private int _budget = ComplexityBudget;

    // FieldsInSetCanMerge for one selection set: its own fields, its fields against each spread fragment,
    // and the spread fragments against each other.
    public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        if (fields.Spreads.Count != 0 && (fields.Grouped.Count != 0 || fields.Spreads.Count > 1))
        {
            var targets = Targets(fields);
            for (var i = 0; i < targets.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, targets[i]);
                for (var j = i + 1; j < targets.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, targets[i], targets[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>Whether two argument lists are the same set of names with the same values as written.</summary>
    public bool CompareArguments(IReadOnlyList<ArgumentNode> first, IReadOnlyList<ArgumentNode> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        foreach (var argument in first)
        {
            Spend(1);
            if (FindLast(second, argument.Name.Value) is not { } other || _valueKeys.Of(argument.Value) != _valueKeys.Of(other.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentNode? FindLast(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = ((object?)parentType ?? NoType, selectionSet);
        if (!_collected.TryGetValue(key, out var fields))
        {
            fields = CollectedFields.Collect(context.Schema, parentType, selectionSet);
            _collected[key] = fields;
        }

        return fields;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(TypeFromAst.Resolve(context.Schema, fragment.TypeCondition), fragment.SelectionSet);

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            throw new ValidationAbortedException(ValidationErrors.Aborted());
        }
    }

    // Deep documents and long fragment chains recurse; refuse them before the stack runs out.
    private static void GuardStack() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
