using CareerPaths.GraphQL.Language;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerPaths.GraphQL.Types;

/// <summary>Shows a runtime value in an error message the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case Undefined:
                return "undefined";
            case string s:
                return Printer.PrintString(s);
            case bool b:
                return b ? "true" : "false";
            case JsonElement json:
                return InspectJson(json, depth);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case IReadOnlyDictionary<string, object?> dictionary:
                return InspectObject(dictionary.Select(p => (p.Key, (object?)p.Value)), depth);
            case IDictionary<string, object?> mutable:
                return InspectObject(mutable.Select(p => (p.Key, (object?)p.Value)), depth);
            case IEnumerable items:
                return depth >= MaxDepth ? "[Array]" : "[" + string.Join(", ", items.Cast<object?>().Select(i => Inspect(i, depth + 1))) + "]";
        }

        if (InputPrimitive.TryGetNumber(value, out var number))
        {
            return JsNumber.ToString(number);
        }

        return value.ToString() ?? value.GetType().Name;
    }

    private static string InspectObject(IEnumerable<(string Key, object? Value)> pairs, int depth)
    {
        var items = pairs.ToArray();
        if (items.Length == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        var builder = new StringBuilder("{ ");
        builder.AppendJoin(", ", items.Select(p => p.Key + ": " + Inspect(p.Value, depth + 1)));
        return builder.Append(" }").ToString();
    }

    private static string InspectJson(JsonElement json, int depth) => json.ValueKind switch
    {
        JsonValueKind.String => Printer.PrintString(json.GetString()!),
        JsonValueKind.Number => InputPrimitive.TryGetNumber(json, out var n) ? JsNumber.ToString(n) : json.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => InspectObject(json.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), depth),
        JsonValueKind.Array => depth >= MaxDepth ? "[Array]" : "[" + string.Join(", ", json.EnumerateArray().Select(e => InspectJson(e, depth + 1))) + "]",
        JsonValueKind.Undefined => "undefined",
        _ => "null",
    };
}
