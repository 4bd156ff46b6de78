using CareerPaths.GraphQL.Language;
using System.Globalization;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Float (spec §3.5.2): a finite double; integers are accepted on input.</summary>
public sealed class FloatScalar : ScalarType
{
    internal FloatScalar()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    // Spec §3.5.2 result coercion: finite numbers, booleans as 0/1, numeric strings.
    public override object Serialize(object value)
    {
        switch (value)
        {
            case bool b:
                return b ? 1d : 0d;
            case JsonElement { ValueKind: JsonValueKind.True }:
                return 1d;
            case JsonElement { ValueKind: JsonValueKind.False }:
                return 0d;
        }

        if (InputPrimitive.TryGetNumber(value, out var number)
            || (InputPrimitive.TryGetString(value, out var text) && InputPrimitive.TryParseNumber(text, out number)))
        {
            return double.IsFinite(number) ? number : throw NonNumeric(value);
        }

        throw NonNumeric(value);
    }

    // Spec §3.5.2 input coercion: any finite number.
    public override object ParseValue(object value) =>
        InputPrimitive.TryGetNumber(value, out var number) && double.IsFinite(number) ? number : throw NonNumeric(value);

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        if (text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            return number;
        }

        throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}");
    }

    public override ValueNode? ValueToLiteral(object value) =>
        InputPrimitive.TryGetNumber(value, out var number) && double.IsFinite(number)
            ? LiteralBuilder.Number(number)
            : null;

    private static ScalarCoercionException NonNumeric(object value) =>
        new($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
}
