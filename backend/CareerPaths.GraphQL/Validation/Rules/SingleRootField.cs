using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.2.4.1 Single Root Field
/// <summary>
/// A subscription selects exactly one root field, not an introspection field, found with CollectFields over
/// the subscription type (fragments included). Since September 2025 <c>@skip</c>/<c>@include</c> may not
/// appear in that top-level selection at all (graphql-js 17 reports them and stops).
/// </summary>
public sealed class SingleRootField() : ValidationRule([SyntaxKind.OperationDefinition])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var collected = new RootFieldCollector(context, subscriptionType);
        collected.Collect(operation.SelectionSet);
        if (collected.ForbiddenDirectives.Count > 0)
        {
            context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. collected.ForbiddenDirectives]);
            return;
        }

        var groups = collected.Groups;
        if (groups.Count == 0)
        {
            context.ReportError($"{subject} must select one top level field.", operation.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            context.ReportError($"{subject} must select only one top level field.", [.. groups.Skip(1).SelectMany(g => g)]);
        }

        foreach (var group in groups)
        {
            if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", [.. group]);
            }
        }
    }

    /// <summary>Spec CollectFields for the root selection with no variables, iteratively, each fragment once.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode root)
        {
            var stack = new Stack<(SelectionSetNode Set, int Next)>();
            stack.Push((root, 0));
            SpendWork(root);
            while (stack.TryPop(out var frame))
            {
                if (frame.Next == frame.Set.Selections.Count)
                {
                    continue;
                }

                stack.Push((frame.Set, frame.Next + 1));
                if (Enter(frame.Set.Selections[frame.Next]) is { } inner)
                {
                    SpendWork(inner);
                    stack.Push((inner, 0));
                }
            }
        }

        // Collects a field, or returns the selection set to descend into (an inline fragment or a new fragment).
        private SelectionSetNode? Enter(SelectionNode selection)
        {
            if (IsForbidden(selection))
            {
                return null;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!_byKey.TryGetValue(field.ResponseKey, out var group))
                    {
                        group = [];
                        _byKey[field.ResponseKey] = group;
                        Groups.Add(group);
                    }

                    group.Add(field);
                    return null;
                case InlineFragmentNode inline:
                    return ConditionMatches(inline.TypeCondition) ? inline.SelectionSet : null;
                case FragmentSpreadNode spread:
                    var fragment = context.GetFragment(spread.Name.Value);
                    return fragment is not null && ConditionMatches(fragment.TypeCondition) && _visitedFragments.Add(spread.Name.Value)
                        ? fragment.SelectionSet
                        : null;
                default:
                    return null;
            }
        }

        // September 2025: the root selection of a subscription must not depend on @skip/@include.
        private bool IsForbidden(SelectionNode selection)
        {
            foreach (var name in (ReadOnlySpan<string>)["skip", "include"])
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value == name)
                    {
                        ForbiddenDirectives.Add(directive);
                        return true;
                    }
                }
            }

            return false;
        }

        private bool ConditionMatches(NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = TypeFromAst.Resolve(context.Schema, condition);
            return ReferenceEquals(type, rootType) || (type is { IsAbstractType: true } && context.Schema.IsSubType(type, rootType));
        }

        private void SpendWork(SelectionSetNode set)
        {
            var work = set.Selections.Count;
            foreach (var selection in set.Selections)
            {
                work += selection.Directives.Count;
            }

            context.SpendFragmentWork(work);
        }
    }
}
