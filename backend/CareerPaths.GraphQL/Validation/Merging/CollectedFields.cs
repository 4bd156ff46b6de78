using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>
/// The fields of one selection set under one parent type, grouped by response key, with inline fragments
/// flattened and named spreads kept aside (graphql-js's collectFields result for this rule). Built once per
/// (type, selection set) and carrying the caches that make comparisons between sets cheap to repeat.
/// </summary>
internal sealed class CollectedFields
{
    private static readonly List<FragmentSpreadNode> NoSpreads = [];
    private Dictionary<CollectedFields, List<(List<FieldDetails> Mine, List<FieldDetails> Theirs)>>? _overlaps;

    /// <summary>The fields by response key, keys in the order first seen.</summary>
    public OrderedDictionary<string, List<FieldDetails>> Grouped { get; } = new(StringComparer.Ordinal);

    public List<FragmentSpreadNode> Spreads { get; private set; } = NoSpreads;

    /// <summary>The spreads resolved to fragments, one per distinct fragment (computed on first use).</summary>
    public List<SpreadTarget>? Targets { get; set; }

    /// <summary>The response keys this set shares with another, by that other set.</summary>
    public Dictionary<CollectedFields, List<(List<FieldDetails> Mine, List<FieldDetails> Theirs)>> Overlaps =>
        _overlaps ??= new(ReferenceEqualityComparer.Instance);

    public static CollectedFields Collect(Schema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var result = new CollectedFields();
        result.Add(schema, parentType, selectionSet);
        return result;
    }

    private void Add(Schema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Meta fields have no definition here, as in graphql-js: __typename never conflicts on type.
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    var key = field.ResponseKey;
                    if (!Grouped.TryGetValue(key, out var group))
                    {
                        group = [];
                        Grouped.Add(key, group);
                    }

                    group.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (ReferenceEquals(Spreads, NoSpreads))
                    {
                        Spreads = [];
                    }

                    Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? TypeFromAst.Resolve(schema, condition) : parentType;
                    Add(schema, type, inline.SelectionSet);
                    break;
            }
        }
    }
}

/// <summary>One field as collected: where it was found, its node, and its definition if the type has it.</summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    private Dictionary<FieldDetails, bool>? _sameArguments;

    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no selection set: two such fields of one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>The argument comparison with another field, computed once per pair.</summary>
    public bool SameArgumentsAs(FieldDetails other, ConflictFinder finder)
    {
        _sameArguments ??= new Dictionary<FieldDetails, bool>(ReferenceEqualityComparer.Instance);
        if (!_sameArguments.TryGetValue(other, out var same))
        {
            same = finder.CompareArguments(Node.Arguments, other.Node.Arguments);
            _sameArguments[other] = same;
        }

        return same;
    }
}

/// <summary>A fragment spread resolved to its definition (null when the fragment is unknown).</summary>
internal sealed class SpreadTarget(FragmentSpreadNode node, FragmentDefinitionNode? definition)
{
    public FragmentSpreadNode Node { get; set; } = node;

    public FragmentDefinitionNode? Definition { get; } = definition;

    /// <summary>The key of the fragment in the pair sets: its definition, or one shared stand-in for unknown ones.</summary>
    public object Key => (object?)Definition ?? ComparedPairs.UnknownFragment;
}
