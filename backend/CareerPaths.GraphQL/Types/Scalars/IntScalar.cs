using CareerPaths.GraphQL.Language;
using System.Globalization;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Int (spec §3.5.1): a signed 32-bit integer; never a fraction, a string or out of range on input.</summary>
public sealed class IntScalar : ScalarType
{
    internal IntScalar()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    // Spec §3.5.1 result coercion: integral numbers in range, booleans as 0/1, integral numeric strings.
    public override object Serialize(object value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool b:
                return b ? BoxedValues.One : BoxedValues.Zero;
            case JsonElement { ValueKind: JsonValueKind.True }:
                return BoxedValues.One;
            case JsonElement { ValueKind: JsonValueKind.False }:
                return BoxedValues.Zero;
        }

        if (InputPrimitive.TryGetNumber(value, out var number))
        {
            return FromNumber(number, value);
        }

        if (InputPrimitive.TryGetString(value, out var text))
        {
            if (!InputPrimitive.TryParseNumber(text, out var parsed) || !InputPrimitive.IsInteger(parsed))
            {
                throw NonInteger(value);
            }

            return FromNumber(parsed, value);
        }

        throw NonInteger(value);
    }

    // Spec §3.5.1 input coercion: only integral numbers in range.
    public override object ParseValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        return InputPrimitive.TryGetNumber(value, out var number) ? FromNumber(number, value) : throw NonInteger(value);
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? BoxedValues.Int(result)
            : throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    public override ValueNode? ValueToLiteral(object value) =>
        InputPrimitive.TryGetNumber(value, out var number) && InputPrimitive.IsInteger(number)
            && number is >= int.MinValue and <= int.MaxValue
            ? LiteralBuilder.Int(((int)number).ToString(CultureInfo.InvariantCulture))
            : null;

    private static object FromNumber(double number, object original)
    {
        if (!InputPrimitive.IsInteger(number))
        {
            throw NonInteger(original);
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new ScalarCoercionException(
                $"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(original)}");
        }

        return BoxedValues.Int((int)number);
    }

    private static ScalarCoercionException NonInteger(object value) =>
        new($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
}
