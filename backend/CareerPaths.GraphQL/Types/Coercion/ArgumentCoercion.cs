using CareerPaths.GraphQL.Language;
using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>Spec §6.4.1 CoerceArgumentValues, for field and directive arguments.</summary>
public static class ArgumentCoercion
{
    /// <summary>The coerced values of a field or directive without arguments: shared, never mutate it.</summary>
    public static readonly IReadOnlyDictionary<string, object?> Empty = FrozenDictionary<string, object?>.Empty;

    /// <summary>
    /// Coerces the arguments written at a field or directive. Absent optional arguments without a default are
    /// left out of the result (absent is not null). On failure, <paramref name="error"/> has the message
    /// (as graphql-js words it) and the node to report: the argument value, or null meaning "the field itself".
    /// </summary>
    public static bool TryCoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variableValues,
        out IReadOnlyDictionary<string, object?> coercedValues,
        out InputCoercionError? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            coercedValues = Empty;
            return true;
        }

        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        coercedValues = result;
        foreach (var definition in definitions)
        {
            var argumentNode = Find(argumentNodes, definition.Name);
            if (argumentNode is null
                || (argumentNode.Value is VariableNode variable && LiteralCoercion.IsMissingVariable(variable, variableValues)
                    && !definition.IsRequired))
            {
                if (definition.HasDefaultValue)
                {
                    result[definition.Name] = definition.DefaultValue;
                }
                else if (definition.IsRequired)
                {
                    error = new InputCoercionError(
                        $"Argument \"{definition}\" of required type \"{definition.Type}\" was not provided.", [], null);
                    return false;
                }

                continue;
            }

            if (!LiteralCoercion.TryCoerceInputLiteral(argumentNode.Value, definition.Type, variableValues, out var value))
            {
                error = Explain(definition, argumentNode.Value, variableValues);
                return false;
            }

            result[definition.Name] = value;
        }

        return true;
    }

    private static InputCoercionError Explain(
        InputValueDefinition definition, ValueNode valueNode, IReadOnlyDictionary<string, object?>? variableValues)
    {
        var errors = new List<InputCoercionError>();
        LiteralValidation.ValidateInputLiteral(valueNode, definition.Type, errors, variableValues ?? Empty);
        var first = errors.Count > 0
            ? errors[0]
            : new InputCoercionError($"Expected value of type \"{definition.Type}\", found: {Printer.Print(valueNode)}.", [], valueNode);
        return new InputCoercionError(
            $"Argument \"{definition}\" has invalid value{first.PathSuffix}: {first.Message}", first.Path, first.Node ?? valueNode);
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }
}
