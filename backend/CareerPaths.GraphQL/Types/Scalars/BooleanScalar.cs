using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Boolean (spec §3.5.4): true or false; 0 and 1 are refused on input.</summary>
public sealed class BooleanScalar : ScalarType
{
    internal BooleanScalar()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    // Spec §3.5.4 result coercion: booleans, and finite numbers as "not zero".
    public override object Serialize(object value)
    {
        if (InputPrimitive.TryGetBoolean(value, out var boolean))
        {
            return BoxedValues.Bool(boolean);
        }

        if (InputPrimitive.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return BoxedValues.Bool(number != 0);
        }

        throw NonBoolean(ValueInspector.Inspect(value));
    }

    public override object ParseValue(object value) =>
        InputPrimitive.TryGetBoolean(value, out var boolean)
            ? BoxedValues.Bool(boolean)
            : throw NonBoolean(ValueInspector.Inspect(value));

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b ? BoxedValues.Bool(b.Value) : throw NonBoolean(Printer.Print(literal));

    public override ValueNode? ValueToLiteral(object value) =>
        InputPrimitive.TryGetBoolean(value, out var boolean) ? LiteralBuilder.Boolean(boolean) : null;

    private static ScalarCoercionException NonBoolean(string shown) =>
        new($"Boolean cannot represent a non boolean value: {shown}");
}
