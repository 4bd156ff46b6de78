using System.Globalization;
using System.Runtime.CompilerServices;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>
/// The cost of an operation: every field costs its <see cref="FieldDefinition.Cost"/> (1 unless configured),
/// and a field with list-size arguments (<c>ListSize("first", "last")</c>) multiplies the cost of its
/// sub-selection by the largest of their values. Fragments count wherever they are spread (each computed once;
/// inline fragments on different types all count, an upper bound). Costs saturate at <see cref="long.MaxValue"/>.
/// <para>Without variable values (validation), a variable in a list-size argument counts with the variable's
/// default, else the argument's default, else 1; the executor must check again with the coerced variables
/// (<see cref="Enforce"/>), because the values only exist then.</para>
/// </summary>
public static class CostAnalyzer
{
    /// <summary>The cost of <paramref name="operation"/>; <paramref name="variables"/> are coerced variable values, or null before coercion.</summary>
    public static long Compute(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new Run(schema, new FragmentTable(document), operation, variables).Operation();
    }

    /// <summary>The cost-limit error for <paramref name="operation"/>, or null when it costs at most <paramref name="maximum"/>.</summary>
    public static GraphQLError? Enforce(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, long maximum)
    {
        var cost = Compute(schema, document, operation, variables);
        return cost > maximum ? Exceeded(operation, cost, maximum) : null;
    }

    internal static GraphQLError Exceeded(OperationDefinitionNode operation, long cost, long maximum) =>
        LimitError.Exceeded($"Query cost {cost} exceeds the maximum of {maximum}.", operation, maximum, cost);

    internal static long Compute(Schema schema, FragmentTable fragments, OperationDefinitionNode operation) =>
        new Run(schema, fragments, operation, null).Operation();

    private sealed class Run(Schema schema, FragmentTable fragments, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);

        public long Operation()
        {
            // Fragments dependencies first, so a spread finds its cost computed; one closing a cycle costs 0.
            var used = fragments.GetSpreads(operation.SelectionSet).Select(s => fragments.Get(s.Name.Value)).OfType<FragmentDefinitionNode>();
            foreach (var fragment in fragments.DependenciesFirst(used))
            {
                if (ReferenceEquals(fragments.Get(fragment.Name.Value), fragment))
                {
                    _fragmentCosts[fragment.Name.Value] = SelectionSet(TypeFromAst.Resolve(schema, fragment.TypeCondition), fragment.SelectionSet);
                }
            }

            return SelectionSet(schema.GetRootType(operation.Operation), operation.SelectionSet);
        }

        private long SelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Saturating.Add(total, selection switch
                {
                    FieldNode field => Field(parentType, field),
                    InlineFragmentNode inline => SelectionSet(inline.TypeCondition is { } c ? TypeFromAst.Resolve(schema, c) : parentType, inline.SelectionSet),
                    FragmentSpreadNode spread => _fragmentCosts.GetValueOrDefault(spread.Name.Value),
                    _ => 0,
                });
            }

            return total;
        }

        private long Field(NamedType? parentType, FieldNode field)
        {
            var definition = parentType is null ? null : schema.GetFieldDefinition(parentType, field.Name.Value);
            long cost = Math.Max(definition?.Cost ?? 1, 0);
            if (field.SelectionSet is { } selectionSet)
            {
                var below = SelectionSet(definition?.Type.GetNamedType(), selectionSet);
                cost = Saturating.Add(cost, Saturating.Multiply(Multiplier(definition, field), below));
            }

            return cost;
        }

        // The largest value among the field's list-size arguments; when none has a value, the field's assumed
        // list size, else 1.
        private long Multiplier(FieldDefinition? definition, FieldNode field)
        {
            long? largest = null;
            foreach (var name in definition?.ListSizeArguments ?? [])
            {
                if (ArgumentValue(definition!, field, name) is { } value)
                {
                    largest = Math.Max(largest ?? 0, Math.Max(value, 0));
                }
            }

            return largest ?? definition?.AssumedListSize ?? 1;
        }

        private long? ArgumentValue(FieldDefinition definition, FieldNode field, string name)
        {
            var given = field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
            var value = given switch
            {
                IntValueNode number => long.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue,
                VariableNode variable => VariableValue(variable.Name.Value),
                _ => null,
            };
            return value ?? (definition.GetArgument(name) is { HasDefaultValue: true } argument ? AsCount(argument.DefaultValue) : null);
        }

        private long? VariableValue(string name)
        {
            if (variables is not null)
            {
                return variables.TryGetValue(name, out var value) ? AsCount(value) : null;
            }

            var definition = operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name);
            return definition?.DefaultValue is IntValueNode number && long.TryParse(number.Value, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        private static long? AsCount(object? value) => value switch
        {
            int n => n,
            long n => n,
            double d when double.IsFinite(d) => (long)Math.Clamp(d, long.MinValue, long.MaxValue),
            IConvertible convertible and not string => convertible.ToInt64(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
