using CareerPaths.GraphQL.Language;
using System.Globalization;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>String (spec §3.5.3): text; numbers and booleans are stringified on output but refused on input.</summary>
public sealed class StringScalar : ScalarType
{
    internal StringScalar()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    // Spec §3.5.3 result coercion.
    public override object Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case JsonElement { ValueKind: JsonValueKind.String } json:
                return json.GetString()!;
            case JsonElement { ValueKind: JsonValueKind.True }:
                return "true";
            case JsonElement { ValueKind: JsonValueKind.False }:
                return "false";
            case char c:
                return c.ToString();
            case Guid guid:
                return guid.ToString();
        }

        if (InputPrimitive.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is long l ? l.ToString(CultureInfo.InvariantCulture) : JsNumber.ToString(number);
        }

        throw new ScalarCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    // Spec §3.5.3 input coercion: strings only.
    public override object ParseValue(object value) =>
        InputPrimitive.TryGetString(value, out var text)
            ? text
            : throw new ScalarCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? s.Value
            : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    public override ValueNode? ValueToLiteral(object value) =>
        InputPrimitive.TryGetString(value, out var text) ? LiteralBuilder.String(text) : null;
}
