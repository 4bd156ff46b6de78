using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// The literal of an external value for a type (graphql-js <c>valueToLiteral</c>, the successor of
/// <c>astFromValue</c>): prints code-first default values in SDL and introspection's <c>defaultValue</c>.
/// </summary>
public static class ValueToLiteral
{
    /// <summary>The literal, or null when the value is not valid for the type.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return ExternalValue.IsNull(value) ? null : Convert(value, nonNull.OfType);
        }

        if (ExternalValue.IsNull(value))
        {
            return LiteralBuilder.Null();
        }

        switch (type)
        {
            case ListType list when ExternalValue.IsList(value!):
                var items = new List<ValueNode>();
                foreach (var item in ExternalValue.Items(value!))
                {
                    var node = Convert(item, list.OfType);
                    if (node is null)
                    {
                        return null;
                    }

                    items.Add(node);
                }

                return LiteralBuilder.List(items);
            case ListType list:
                return Convert(value, list.OfType);
            case InputObjectType inputObject:
                return ConvertInputObject(value!, inputObject);
            case EnumType enumType:
                return ConvertEnum(value!, enumType);
            default:
                return ((ScalarType)type).ValueToLiteral(value!);
        }
    }

    private static ObjectValueNode? ConvertInputObject(object value, InputObjectType type)
    {
        if (!ExternalValue.IsObject(value))
        {
            return null;
        }

        foreach (var name in ExternalValue.FieldNames(value))
        {
            if (type.GetField(name) is null)
            {
                return null;
            }
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!ExternalValue.TryGetField(value, field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    return null;
                }

                continue;
            }

            var node = Convert(fieldValue, field.Type);
            if (node is null)
            {
                return null;
            }

            fields.Add(LiteralBuilder.Field(field.Name, node));
        }

        return LiteralBuilder.Object(fields);
    }

    private static EnumValueNode? ConvertEnum(object value, EnumType type)
    {
        if (InputPrimitive.TryGetString(value, out var name) && type.GetValue(name) is not null)
        {
            return LiteralBuilder.Enum(name);
        }

        var byValue = type.GetValueByInternalValue(value);
        return byValue is null ? null : LiteralBuilder.Enum(byValue.Name);
    }
}
