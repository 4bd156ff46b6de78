using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Execution.Planning;

/// <summary>
/// Spec §6.3.2 CollectFields: groups the fields of selection sets by response key for one object type,
/// honouring <c>@skip</c>/<c>@include</c> and fragment type conditions (DoesFragmentTypeApply), visiting each
/// named fragment once. Fields unknown on the type are left out (a validated document has none).
/// </summary>
internal sealed class FieldCollector
{
    private readonly DocumentPlan _plan;
    private readonly ObjectType _type;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, List<FieldNode>> _groups = new(StringComparer.Ordinal);
    private HashSet<string>? _visitedFragments;

    private FieldCollector(DocumentPlan plan, ObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        _plan = plan;
        _type = type;
        _variables = variables;
    }

    /// <summary>CollectFields for the root selection set of an operation.</summary>
    public static GroupedFieldSet CollectFields(
        DocumentPlan plan, ObjectType type, SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables)
    {
        var collector = new FieldCollector(plan, type, variables);
        collector.Visit(selectionSet);
        return collector.Build();
    }

    /// <summary>CollectSubfields (spec §6.4.3): the merged sub-selections of every node of a field.</summary>
    public static GroupedFieldSet CollectSubfields(
        DocumentPlan plan, ObjectType type, FieldNode[] fieldNodes, IReadOnlyDictionary<string, object?> variables)
    {
        var collector = new FieldCollector(plan, type, variables);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                collector.Visit(selectionSet);
            }
        }

        return collector.Build();
    }

    private void Visit(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    Add(field);
                    break;
                case InlineFragmentNode inline when DoesFragmentTypeApply(inline.TypeCondition):
                    Visit(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    VisitSpread(spread);
                    break;
            }
        }
    }

    private void VisitSpread(FragmentSpreadNode spread)
    {
        var name = spread.Name.Value;
        if (_visitedFragments?.Contains(name) == true
            || _plan.GetFragment(name) is not { } fragment
            || !DoesFragmentTypeApply(fragment.TypeCondition))
        {
            return;
        }

        (_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        Visit(fragment.SelectionSet);
    }

    private void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (_groups.TryGetValue(key, out var nodes))
        {
            nodes.Add(field);
            return;
        }

        _keys.Add(key);
        _groups[key] = [field];
    }

    // Spec §6.3.2 DoesFragmentTypeApply.
    private bool DoesFragmentTypeApply(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = _plan.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionType, _type)
            || (conditionType is IAbstractType abstractType && abstractType.IsPossibleType(_type));
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name == "skip" && IfArgument(directive, BuiltInDirectives.Skip))
            {
                return false;
            }

            if (name == "include" && !IfArgument(directive, BuiltInDirectives.Include))
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive, DirectiveDefinition definition)
    {
        if (directive.Arguments is [{ Value: BooleanValueNode literal }])
        {
            return literal.Value;
        }

        return ArgumentCoercion.TryCoerceArgumentValues(definition.Arguments, directive.Arguments, _variables, out var values, out _)
            && values.TryGetValue("if", out var value) && value is true;
    }

    private GroupedFieldSet Build()
    {
        var fields = new List<CollectedField>(_keys.Count);
        foreach (var key in _keys)
        {
            var nodes = _groups[key];
            var definition = _plan.Schema.GetFieldDefinition(_type, nodes[0].Name.Value);
            if (definition is not null)
            {
                fields.Add(new CollectedField(key, [.. nodes], definition, _type, fields.Count));
            }
        }

        return new GroupedFieldSet(_type, [.. fields]);
    }
}
