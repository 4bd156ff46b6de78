using System.Text;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>
/// A canonical text for each argument value, so that "same arguments" is a string comparison: values as
/// written (<c>1</c> and <c>1.0</c> differ, so do a string and a block string), variables by name, object
/// fields sorted by name. Computed once per value node.
/// </summary>
internal sealed class ValueKeys
{
    private readonly Dictionary<ValueNode, string> _keys = new(ReferenceEqualityComparer.Instance);

    public string Of(ValueNode value)
    {
        if (!_keys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            Append(builder, value);
            key = builder.ToString();
            _keys[value] = key;
        }

        return key;
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode number:
                builder.Append('i').Append(number.Value);
                break;
            case FloatValueNode number:
                builder.Append('f').Append(number.Value);
                break;
            case StringValueNode text:
                builder.Append(text.IsBlock ? 'B' : 's').Append(JsonSerializer.Serialize(text.Value));
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append('e').Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }
}
