using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// Input coercion of literals (spec §6.4.1 and the "literal" rows of §3 input coercion; graphql-js
/// <c>coerceInputLiteral</c>/<c>valueFromAST</c>): a value node, whose variables are looked up in the
/// coerced variable values, becomes an internal value. A variable missing from <c>variables</c> (or
/// holding <see cref="Undefined.Value"/>) is absent, which is not the same as null.
/// </summary>
public static class LiteralCoercion
{
    /// <summary>
    /// Coerces a literal; false when it is invalid for the type (then <see cref="LiteralValidation"/> says why).
    /// With <paramref name="variables"/> null, any variable is absent.
    /// </summary>
    public static bool TryCoerceInputLiteral(
        ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (node is VariableNode variable)
        {
            var found = TryGetVariable(variable, variables, out var variableValue);
            if (type is NonNullType && (!found || variableValue is null))
            {
                return false;
            }

            // An absent variable outside a list or object field behaves as null here; callers that must
            // tell absence (arguments, input fields) check IsMissingVariable first, as the spec does.
            coerced = found ? variableValue : null;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerceInputLiteral(node, nonNull.OfType, variables, out coerced);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            ListType list => CoerceList(node, list, variables, out coerced),
            InputObjectType inputObject => CoerceInputObject(node, inputObject, variables, out coerced),
            _ => TryLeaf(node, type, variables, out coerced),
        };
    }

    /// <summary>Whether a variable is absent from the coerced variable values (spec "hasValue" is false).</summary>
    public static bool IsMissingVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables) =>
        !TryGetVariable(variable, variables, out _);

    internal static bool TryGetVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (variables is not null && variables.TryGetValue(variable.Name.Value, out value) && value is not Undefined)
        {
            return true;
        }

        value = null;
        return false;
    }

    private static bool CoerceList(ValueNode node, ListType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (node is not ListValueNode list)
        {
            if (!TryCoerceInputLiteral(node, type.OfType, variables, out var single))
            {
                return false;
            }

            coerced = new[] { single };
            return true;
        }

        var items = new object?[list.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = list.Values[i];
            if (!TryCoerceInputLiteral(itemNode, type.OfType, variables, out items[i]))
            {
                // A null or missing variable in a list of nullable items is a null item.
                var nullVariable = itemNode is VariableNode v && (!TryGetVariable(v, variables, out var value) || value is null);
                if (!nullVariable || type.OfType is NonNullType)
                {
                    return false;
                }

                items[i] = null;
            }
        }

        coerced = items;
        return true;
    }

    private static bool CoerceInputObject(
        ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = Find(obj, field.Name);
            if (fieldNode is null || (fieldNode.Value is VariableNode v && IsMissingVariable(v, variables)))
            {
                if (field.IsRequired)
                {
                    return false;
                }

                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }

                continue;
            }

            if (!TryCoerceInputLiteral(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (obj.Fields.Count != 1 || result.Count != 1)
            {
                return false;
            }

            var only = obj.Fields[0];
            if (only.Value is NullValueNode || result[only.Name.Value] is null)
            {
                return false;
            }
        }

        coerced = type.Factory is null ? result : type.Factory(result);
        return true;
    }

    internal static ObjectFieldNode? Find(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static bool TryLeaf(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        try
        {
            coerced = type is EnumType enumType
                ? enumType.ParseLiteral(node)
                : ((ScalarType)type).ParseLiteral(node, variables);
            return true;
        }
        catch (Exception exception) when (exception is ScalarCoercionException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            coerced = null;
            return false;
        }
    }
}
