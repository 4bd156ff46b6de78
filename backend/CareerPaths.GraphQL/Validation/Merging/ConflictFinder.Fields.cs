using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>Comparisons between fields: within one set, between two sets, and of one pair.</summary>
internal sealed partial class ConflictFinder
{
    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        foreach (var (responseKey, group) in fields.Grouped)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, responseKey, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0)
        {
            return;
        }

        foreach (var (mine, theirs) in Overlapping(fields1, fields2))
        {
            var responseKey = mine[0].Node.ResponseKey;
            foreach (var field1 in mine)
            {
                foreach (var field2 in theirs)
                {
                    if (FindConflict(mutuallyExclusive, responseKey, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(List<FieldDetails> Mine, List<FieldDetails> Theirs)> Overlapping(CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Overlaps.TryGetValue(fields2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseKey, mine) in fields1.Grouped)
        {
            Spend(1);
            if (fields2.Grouped.TryGetValue(responseKey, out var theirs))
            {
                overlapping.Add((mine, theirs));
            }
        }

        fields1.Overlaps[fields2] = overlapping;
        return overlapping;
    }

    // Whether two fields of one response key can merge. Fields of different object types can never meet, so
    // only their shapes must agree; otherwise they must also be the same field with the same arguments.
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseKey, FieldDetails field1, FieldDetails field2)
    {
        GuardStack();
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Conflict.Simple(responseKey, $"\"{Conflict.Abbreviate(node1.Name.Value)}\" and \"{Conflict.Abbreviate(node2.Name.Value)}\" are different fields", node1, node2);
            }

            if (!field1.SameArgumentsAs(field2, this))
            {
                return Conflict.Simple(responseKey, "they have differing arguments", node1, node2);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Simple(responseKey, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            return Conflict.FromSubfields(subConflicts, responseKey, node1, node2);
        }

        return null;
    }

    // Spec SameResponseShape, the part about wrappers and leaf types.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (!ReferenceEquals(type1, type2))
        {
            Spend(1);
            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
                default:
                    return ((NamedType)type1).IsLeafType || ((NamedType)type2).IsLeafType;
            }
        }

        return false;
    }
}
