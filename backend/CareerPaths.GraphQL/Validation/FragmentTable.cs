using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// The fragments of one document by name (the last definition wins, as in graphql-js) and the spreads found
/// in each selection set, computed once. Walks are iterative: nothing here recurses through fragment spreads.
/// </summary>
internal sealed class FragmentTable
{
    private readonly Dictionary<string, FragmentDefinitionNode> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);

    public FragmentTable(DocumentNode document)
    {
        var definitions = new List<FragmentDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                definitions.Add(fragment);
                _byName[fragment.Name.Value] = fragment;
            }
        }

        Definitions = definitions;
    }

    /// <summary>Every fragment definition, in document order (duplicates included).</summary>
    public IReadOnlyList<FragmentDefinitionNode> Definitions { get; }

    public FragmentDefinitionNode? Get(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The spreads anywhere below <paramref name="selectionSet"/>, not following them into their fragments.
    /// The order is graphql-js's <c>getFragmentSpreads</c> (a stack of selection sets), because cycle
    /// reports depend on it.
    /// </summary>
    public List<FragmentSpreadNode> GetSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>
    /// Every fragment definition ordered so that a fragment comes after the fragments it spreads; a spread that
    /// closes a cycle is ignored (the cycle is the spec rule's to report). Iterative depth-first search.
    /// </summary>
    public List<FragmentDefinitionNode> DependenciesFirst() => DependenciesFirst(Definitions);

    /// <summary>The same order, restricted to <paramref name="roots"/> and the fragments they spread.</summary>
    public List<FragmentDefinitionNode> DependenciesFirst(IEnumerable<FragmentDefinitionNode> roots)
    {
        var order = new List<FragmentDefinitionNode>();
        var seen = new HashSet<FragmentDefinitionNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(FragmentDefinitionNode Fragment, int Next)>();
        foreach (var root in roots)
        {
            if (!seen.Add(root))
            {
                continue;
            }

            stack.Push((root, 0));
            while (stack.TryPop(out var frame))
            {
                var spreads = GetSpreads(frame.Fragment.SelectionSet);
                if (frame.Next == spreads.Count)
                {
                    order.Add(frame.Fragment);
                    continue;
                }

                stack.Push((frame.Fragment, frame.Next + 1));
                if (Get(spreads[frame.Next].Name.Value) is { } target && seen.Add(target))
                {
                    stack.Push((target, 0));
                }
            }
        }

        return order;
    }
}
