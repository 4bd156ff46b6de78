using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>Facts about fragments, computed once per document and without recursion.</summary>
public sealed partial class ValidationContext
{
    // As graphql-js 17: following fragments may cost this much work per document, then validation aborts.
    private const int FragmentWorkBudget = 50_000;

    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referenced =
        new(ReferenceEqualityComparer.Instance);

    private int _fragmentWork = FragmentWorkBudget;

    /// <summary>The spreads below a selection set, not following them (graphql-js order).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet) => Fragments.GetSpreads(selectionSet);

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_referenced.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _referenced[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment any of <paramref name="operations"/> uses.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>Charges work spent following fragments; a hostile document that overspends aborts validation.</summary>
    internal void SpendFragmentWork(int cost)
    {
        _fragmentWork -= cost;
        if (_fragmentWork < 0)
        {
            throw new ValidationAbortedException(ValidationErrors.Aborted());
        }
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        // A worklist of names in first-seen order: each fragment is expanded once, cycles end by themselves.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in Fragments.GetSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (Fragments.Get(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = Fragments.GetSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }
}
