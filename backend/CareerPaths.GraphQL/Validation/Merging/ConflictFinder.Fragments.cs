using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>Comparisons that follow fragment spreads, each pair of (fields, fragment) or (fragment, fragment) once.</summary>
internal sealed partial class ConflictFinder
{
    private readonly ComparedPairs _fieldsAndFragments = new(ordered: true);
    private readonly ComparedPairs _fragmentPairs = new(ordered: false);

    // The distinct fragments a set spreads (the first spread of each fragment stands for it).
    private List<SpreadTarget> Targets(CollectedFields fields)
    {
        if (fields.Targets is { } cached)
        {
            return cached;
        }

        var targets = new List<SpreadTarget>();
        var byFragment = new Dictionary<object, SpreadTarget>(ReferenceEqualityComparer.Instance);
        foreach (var spread in fields.Spreads)
        {
            Spend(1);
            var target = new SpreadTarget(spread, context.GetFragment(spread.Name.Value));
            if (byFragment.TryGetValue(target.Key, out var previous))
            {
                previous.Node = spread;
            }
            else
            {
                byFragment[target.Key] = target;
                targets.Add(target);
            }
        }

        fields.Targets = targets;
        return targets;
    }

    // The fields of a set against everything a fragment contributes, following the fragment's own spreads.
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, SpreadTarget spread)
    {
        GuardStack();
        Spend(1);
        if (fields.Grouped.Count == 0 || _fieldsAndFragments.Contains(fields, spread.Key, mutuallyExclusive))
        {
            return;
        }

        _fieldsAndFragments.Add(fields, spread.Key, mutuallyExclusive);
        if (spread.Definition is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        var referenced = Targets(fragmentFields);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var next in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, next);
        }
    }

    // Two fragments against each other, and against the fragments each spreads.
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, SpreadTarget spread1, SpreadTarget spread2)
    {
        GuardStack();
        Spend(2);
        if (ReferenceEquals(spread1.Key, spread2.Key) || _fragmentPairs.Contains(spread1.Key, spread2.Key, mutuallyExclusive))
        {
            return;
        }

        _fragmentPairs.Add(spread1.Key, spread2.Key, mutuallyExclusive);
        if (spread1.Definition is not { } fragment1 || spread2.Definition is not { } fragment2)
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var referenced1 = Targets(fields1);
        var fields2 = CollectFragment(fragment2);
        var referenced2 = Targets(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var next in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, next);
        }

        foreach (var next in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, next, spread2);
        }
    }

    // The sub-selections of two fields that share a response key: fields against fields, fields against the
    // other side's fragments, and fragments against fragments.
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, Types.NamedType? parentType1, SelectionSetNode selectionSet1, Types.NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var spreads1 = Targets(fields1);
        var fields2 = Collect(parentType2, selectionSet2);
        var spreads2 = Targets(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var spread in spreads2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, spread);
        }

        foreach (var spread in spreads1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, spread);
        }

        foreach (var spread1 in spreads1)
        {
            foreach (var spread2 in spreads2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, spread2);
            }
        }

        return conflicts;
    }
}
