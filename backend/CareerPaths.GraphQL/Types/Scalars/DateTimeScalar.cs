using CareerPaths.GraphQL.Language;
using System.Globalization;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// DateTime: an RFC 3339 date-time with an offset (<c>2024-05-01T09:30:00Z</c>), as a <see cref="DateTimeOffset"/>.
/// A <see cref="DateTime"/> result must say whether it is UTC or local: an unspecified kind has no offset to print.
/// </summary>
public sealed class DateTimeScalar : ScalarType
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd't'HH:mm:ssK", "yyyy-MM-dd't'HH:mm:ss.FFFFFFFK",
    ];

    internal DateTimeScalar()
        : base(
            "DateTime",
            "A date and time with an offset from UTC, as an RFC 3339 string such as `2024-05-01T09:30:00Z`.",
            "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime { Kind: DateTimeKind.Utc or DateTimeKind.Local } dateTime => Format(new DateTimeOffset(dateTime)),
        _ when InputPrimitive.TryGetString(value, out var text) && TryParse(text, out var parsed) => Format(parsed),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object ParseValue(object value)
    {
        if (value is DateTimeOffset offset)
        {
            return offset;
        }

        return InputPrimitive.TryGetString(value, out var text)
            ? Parse(text)
            : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");

    public override ValueNode? ValueToLiteral(object value) => value switch
    {
        DateTimeOffset offset => LiteralBuilder.String(Format(offset)),
        _ when InputPrimitive.TryGetString(value, out var text) && TryParse(text, out var parsed) => LiteralBuilder.String(Format(parsed)),
        _ => null,
    };

    private static DateTimeOffset Parse(string text) =>
        TryParse(text, out var parsed)
            ? parsed
            : throw new ScalarCoercionException($"DateTime cannot represent an invalid date-time string: {Printer.PrintString(text)}");

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        // RFC 3339 requires the offset; DateTimeOffset's K pattern would also accept none.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        value = default;
        return hasOffset && DateTimeOffset.TryParseExact(
            text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
