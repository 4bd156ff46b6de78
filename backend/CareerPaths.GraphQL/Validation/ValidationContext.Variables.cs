using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Where a variable is used: the expected type at that position, the type holding it (for OneOf fields), and
/// whether the argument or input field there has a default value.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, bool HasLocationDefault);

/// <summary>
/// Variable usages, recorded by the traversal itself (no second walk) per operation and fragment. They are
/// complete only when the document has been walked: rules read them when they leave the document.
/// </summary>
public sealed partial class ValidationContext
{
    private static readonly List<VariableUsage> NoUsages = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);
    private List<VariableUsage>? _currentUsages;

    /// <summary>The usages written in one operation or fragment (not through its spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _usages.GetValueOrDefault(definition) ?? NoUsages;

    /// <summary>The usages of an operation and of every fragment it uses (each fragment once).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }

    internal void BeginDefinition(ExecutableDefinitionNode definition)
    {
        if (!_usages.TryGetValue(definition, out _currentUsages))
        {
            _currentUsages = [];
            _usages[definition] = _currentUsages;
        }
    }

    internal void EndDefinition() => _currentUsages = null;

    internal void RecordVariableUsage(VariableNode node) =>
        _currentUsages?.Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.InputHasDefault));
}
