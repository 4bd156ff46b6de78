using System.Collections;
using System.Globalization;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Creates literal value nodes that did not come from a document (they carry an empty location).</summary>
public static class LiteralBuilder
{
    private static readonly Location None = default;

    public static IntValueNode Int(string text) => new(None, text);

    public static FloatValueNode Float(string text) => new(None, text);

    public static StringValueNode String(string value) => new(None, value, false);

    public static BooleanValueNode Boolean(bool value) => new(None, value);

    public static NullValueNode Null() => new(None);

    public static EnumValueNode Enum(string name) => new(None, name);

    public static ListValueNode List(IReadOnlyList<ValueNode> values) => new(None, values);

    public static ObjectValueNode Object(IReadOnlyList<ObjectFieldNode> fields) => new(None, fields);

    public static ObjectFieldNode Field(string name, ValueNode value) => new(None, new NameNode(None, name), value);

    /// <summary>A number as graphql-js writes it: an Int literal when integral, else a Float literal.</summary>
    public static ValueNode Number(double value)
    {
        var text = JsNumber.ToString(value);
        return IsIntegerText(text) ? Int(text) : Float(text);
    }

    /// <summary>Matches <c>-?(0|[1-9][0-9]*)</c>: text that is an Int literal.</summary>
    public static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The literal of a value without a type to guide it (graphql-js defaultScalarValueToLiteral): JSON
    /// elements, primitives, dictionaries as objects and other enumerables as lists. Null when impossible.
    /// </summary>
    public static ValueNode? FromUntypedValue(object? value)
    {
        switch (value)
        {
            case null or Undefined:
                return Null();
            case JsonElement json:
                return FromJson(json);
            case string s:
                return String(s);
            case bool b:
                return Boolean(b);
            case long l:
                return Int(l.ToString(CultureInfo.InvariantCulture));
            case IReadOnlyDictionary<string, object?> dictionary:
                return FromPairs(dictionary);
            case IDictionary<string, object?> mutable:
                return FromPairs(mutable);
            case IEnumerable items:
                var list = new List<ValueNode>();
                foreach (var item in items)
                {
                    var node = FromUntypedValue(item);
                    if (node is null)
                    {
                        return null;
                    }

                    list.Add(node);
                }

                return List(list);
        }

        if (InputPrimitive.TryGetNumber(value, out var number))
        {
            return double.IsFinite(number) ? Number(number) : Null();
        }

        return null;
    }

    private static ValueNode? FromPairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var (key, item) in pairs)
        {
            if (item is Undefined)
            {
                continue;
            }

            var node = FromUntypedValue(item);
            if (node is null)
            {
                return null;
            }

            fields.Add(Field(key, node));
        }

        return Object(fields);
    }

    private static ValueNode? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => Object(json.EnumerateObject().Select(p => Field(p.Name, FromJson(p.Value)!)).ToArray()),
        JsonValueKind.Array => List(json.EnumerateArray().Select(e => FromJson(e)!).ToArray()),
        JsonValueKind.String => String(json.GetString()!),
        JsonValueKind.Number => InputPrimitive.TryGetNumber(json, out var n) && double.IsFinite(n) ? Number(n) : Null(),
        JsonValueKind.True => Boolean(true),
        JsonValueKind.False => Boolean(false),
        _ => Null(),
    };
}
