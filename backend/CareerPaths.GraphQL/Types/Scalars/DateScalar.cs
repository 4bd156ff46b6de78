using CareerPaths.GraphQL.Language;
using System.Globalization;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Date: a calendar date without time or offset (<c>2024-05-01</c>), as a <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    internal DateScalar()
        : base(
            "Date",
            "A calendar date without a time or offset, as an RFC 3339 full-date string such as `2024-05-01`.",
            "https://scalars.graphql.org/andimarek/local-date")
    {
    }

    public override object Serialize(object value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        _ when InputPrimitive.TryGetString(value, out var text) && TryParse(text, out var parsed) =>
            parsed.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseValue(object value)
    {
        if (value is DateOnly date)
        {
            return date;
        }

        return InputPrimitive.TryGetString(value, out var text)
            ? Parse(text)
            : throw new ScalarCoercionException($"Date cannot represent a non string value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ScalarCoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}");

    public override ValueNode? ValueToLiteral(object value) => value switch
    {
        DateOnly date => LiteralBuilder.String(date.ToString(Format, CultureInfo.InvariantCulture)),
        _ when InputPrimitive.TryGetString(value, out var text) && TryParse(text, out _) => LiteralBuilder.String(text),
        _ => null,
    };

    private static DateOnly Parse(string text) =>
        TryParse(text, out var parsed)
            ? parsed
            : throw new ScalarCoercionException($"Date cannot represent an invalid date string: {Printer.PrintString(text)}");

    private static bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
