using System.Collections;
using System.Text.Json;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// Reads an external input value — a <see cref="JsonElement"/> or plain .NET values (dictionaries with
/// string keys, enumerables, primitives) — without copying it.
/// </summary>
internal static class ExternalValue
{
    /// <summary>null, <see cref="Undefined"/>, or a JSON null.</summary>
    public static bool IsNull(object? value) =>
        value is null or Undefined or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    public static bool IsUndefined(object? value) => value is Undefined or JsonElement { ValueKind: JsonValueKind.Undefined };

    public static bool IsList(object value) => value switch
    {
        JsonElement json => json.ValueKind == JsonValueKind.Array,
        string => false,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => false,
        IEnumerable => true,
        _ => false,
    };

    public static bool IsObject(object value) => value switch
    {
        JsonElement json => json.ValueKind == JsonValueKind.Object,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => true,
        _ => false,
    };

    /// <summary>The items of a list value (see <see cref="IsList"/>).</summary>
    public static IEnumerable<object?> Items(object value)
    {
        if (value is JsonElement json)
        {
            foreach (var item in json.EnumerateArray())
            {
                yield return item;
            }

            yield break;
        }

        foreach (var item in (IEnumerable)value)
        {
            yield return item;
        }
    }

    /// <summary>The value of a field of an object value; false when absent (missing or undefined).</summary>
    public static bool TryGetField(object value, string name, out object? field)
    {
        switch (value)
        {
            case JsonElement json when json.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Undefined:
                field = property;
                return true;
            case IReadOnlyDictionary<string, object?> dictionary when dictionary.TryGetValue(name, out field) && field is not Undefined:
                return true;
            case IDictionary<string, object?> mutable when mutable.TryGetValue(name, out field) && field is not Undefined:
                return true;
            default:
                field = null;
                return false;
        }
    }

    /// <summary>The names of the fields present (not undefined) in an object value.</summary>
    public static IEnumerable<string> FieldNames(object value)
    {
        switch (value)
        {
            case JsonElement json:
                foreach (var property in json.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.Undefined)
                    {
                        yield return property.Name;
                    }
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var (key, item) in pairs)
                {
                    if (item is not Undefined)
                    {
                        yield return key;
                    }
                }

                break;
        }
    }
}
