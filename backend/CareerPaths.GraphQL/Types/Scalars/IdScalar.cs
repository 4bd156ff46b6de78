using CareerPaths.GraphQL.Language;
using System.Globalization;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>ID (spec §3.5.5): serialised as a string always; accepts strings and integers on input.</summary>
public sealed class IdScalar : ScalarType
{
    internal IdScalar()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    // Spec §3.5.5 result coercion: strings and integers, always as a string.
    public override object Serialize(object value) => Coerce(value);

    public override object ParseValue(object value) => Coerce(value);

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException(
            "ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
    };

    public override ValueNode? ValueToLiteral(object value)
    {
        if (InputPrimitive.TryGetString(value, out var text))
        {
            return LiteralBuilder.IsIntegerText(text) ? LiteralBuilder.Int(text) : LiteralBuilder.String(text);
        }

        return InputPrimitive.TryGetNumber(value, out var number) && InputPrimitive.IsInteger(number)
            ? LiteralBuilder.Int(JsNumber.ToString(number))
            : null;
    }

    private static string Coerce(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case Guid guid:
                return guid.ToString();
        }

        if (InputPrimitive.TryGetString(value, out var text))
        {
            return text;
        }

        if (InputPrimitive.TryGetNumber(value, out var number) && InputPrimitive.IsInteger(number))
        {
            return JsNumber.ToString(number);
        }

        throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }
}
