using System.Globalization;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// A literal read without a type (graphql-js <c>valueFromASTUntyped</c>), for custom scalars that accept any
/// JSON: numbers become int, long or double, lists <c>object?[]</c>, objects ordered dictionaries.
/// </summary>
public static class UntypedLiteral
{
    public static object? ToValue(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => ParseInteger(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => BoxedValues.Bool(b.Value),
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => ToValue(v, variables)).ToArray(),
        ObjectValueNode obj => ToObject(obj, variables),
        VariableNode v => LiteralCoercion.TryGetVariable(v, variables, out var value) ? value : null,
        _ => null,
    };

    private static Dictionary<string, object?> ToObject(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (field.Value is VariableNode v && !LiteralCoercion.TryGetVariable(v, variables, out _))
            {
                continue;
            }

            result[field.Name.Value] = ToValue(field.Value, variables);
        }

        return result;
    }

    private static object ParseInteger(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            return BoxedValues.Int(small);
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
            ? large
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
