namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// Input coercion of external values — variable values from JSON (<see cref="System.Text.Json.JsonElement"/>)
/// or plain .NET values — into internal values (spec §3.5, §3.9, §3.10, §3.12, §3.13 input coercion; used
/// by §6.4.1 CoerceVariableValues). Results: lists become <c>object?[]</c>, input objects an ordered
/// <c>Dictionary&lt;string, object?&gt;</c> in field order (or the bound .NET value), absent fields stay absent.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces <paramref name="value"/> to <paramref name="type"/>; stops at the first problem. Pass
    /// <see cref="Undefined.Value"/> for "no value". When this fails, <see cref="CoerceInputValue"/> tells why.
    /// </summary>
    public static bool TryCoerceInputValue(object? value, GraphQLType type, out object? coerced) =>
        Coerce(value, type, null, out coerced);

    /// <summary>Coerces and collects every problem with its path; returns false when any was found.</summary>
    public static bool CoerceInputValue(
        object? value, GraphQLType type, List<InputCoercionError> errors, out object? coerced)
    {
        var before = errors.Count;
        Coerce(value, type, new CoercionErrorSink(errors), out coerced);
        return errors.Count == before;
    }

    private static bool Coerce(object? value, GraphQLType type, CoercionErrorSink? sink, out object? coerced)
    {
        coerced = null;
        if (type is NonNullType nonNull)
        {
            if (ExternalValue.IsUndefined(value))
            {
                sink?.Report($"Expected a value of non-null type \"{type}\" to be provided.");
                return false;
            }

            if (ExternalValue.IsNull(value))
            {
                sink?.Report($"Expected value of non-null type \"{type}\" not to be null.");
                return false;
            }

            return Coerce(value, nonNull.OfType, sink, out coerced);
        }

        if (ExternalValue.IsNull(value))
        {
            return true;
        }

        return type switch
        {
            ListType list => CoerceList(value!, list, sink, out coerced),
            InputObjectType inputObject => CoerceInputObject(value!, inputObject, sink, out coerced),
            _ => CoerceLeaf(value!, type, sink, out coerced),
        };
    }

    // Spec §3.12 input coercion: a single item is a list of one.
    private static bool CoerceList(object value, ListType type, CoercionErrorSink? sink, out object? coerced)
    {
        if (!ExternalValue.IsList(value))
        {
            if (Coerce(value, type.OfType, sink, out var item))
            {
                coerced = new[] { item };
                return true;
            }

            coerced = null;
            return false;
        }

        var items = new List<object?>();
        var valid = true;
        var index = 0;
        foreach (var itemValue in ExternalValue.Items(value))
        {
            sink?.Push(index++);
            var ok = Coerce(itemValue, type.OfType, sink, out var item);
            sink?.Pop();
            if (!ok)
            {
                valid = false;
                if (sink is null)
                {
                    break;
                }
            }

            items.Add(item);
        }

        coerced = valid ? items.ToArray() : null;
        return valid;
    }

    // Spec §3.10 input coercion (and §3.10.1 OneOf).
    private static bool CoerceInputObject(object value, InputObjectType type, CoercionErrorSink? sink, out object? coerced)
    {
        coerced = null;
        if (!ExternalValue.IsObject(value))
        {
            sink?.Report($"Expected value of type \"{type}\" to be an object, found: {ValueInspector.Inspect(value)}.");
            return false;
        }

        var valid = true;
        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!ExternalValue.TryGetField(value, field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    sink?.Report($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.");
                    valid = false;
                }
                else if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }

                continue;
            }

            sink?.Push(field.Name);
            var ok = Coerce(fieldValue, field.Type, sink, out var coercedField);
            sink?.Pop();
            valid &= ok;
            if (!valid && sink is null)
            {
                return false;
            }

            result[field.Name] = coercedField;
        }

        var providedCount = 0;
        string? provided = null;
        foreach (var name in ExternalValue.FieldNames(value))
        {
            if (type.GetField(name) is null)
            {
                sink?.Report($"Expected value of type \"{type}\" not to include unknown field \"{name}\", found: {ValueInspector.Inspect(value)}.");
                valid = false;
                continue;
            }

            providedCount++;
            provided = name;
        }

        // With a sink collecting every problem, the OneOf rule is reported even next to other problems of the
        // same object (an unknown field, say), as graphql-js does; the raw value decides "non-null" because a
        // field that failed coercion has no coerced value.
        if (type.IsOneOf && (valid || sink is not null))
        {
            if (providedCount != 1)
            {
                sink?.Report(OneOfMessage(type));
                valid = false;
            }
            else if (ExternalValue.TryGetField(value, provided!, out var providedValue) && ExternalValue.IsNull(providedValue))
            {
                sink?.Report(OneOfMessage(type), null, provided);
                valid = false;
            }
        }

        if (valid)
        {
            coerced = type.Factory is null ? result : type.Factory(result);
        }

        return valid;
    }

    private static bool CoerceLeaf(object value, GraphQLType type, CoercionErrorSink? sink, out object? coerced)
    {
        try
        {
            coerced = type is EnumType enumType ? enumType.ParseValue(value) : ((ScalarType)type).ParseValue(value);
            return true;
        }
        catch (ScalarCoercionException exception)
        {
            sink?.Report(exception.Message);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            // A custom scalar failed without saying why in GraphQL terms.
            sink?.Report($"Expected value of type \"{type}\", but encountered error \"{exception.Message}\"; found: {ValueInspector.Inspect(value)}.");
        }

        coerced = null;
        return false;
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";
}
