using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>
/// The <c>format</c> values our schemas use. Draft 2020-12 makes format an annotation by default; we assert it,
/// because a seed date that is not a date must stop start-up, not become a database error later.
/// </summary>
internal static partial class Formats
{
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "date", "date-time", "uri", "email", "uuid",
    };

    /// <summary>Null when <paramref name="text"/> has the format, else what was expected.</summary>
    public static string? Check(string format, string text) => format switch
    {
        "date" => IsDate(text) ? null : "a calendar date (YYYY-MM-DD)",
        "date-time" => IsDateTime(text) ? null : "an RFC 3339 date-time",
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !text.Contains(' ', StringComparison.Ordinal)
            ? null : "an absolute URI",
        "email" => IsEmail(text) ? null : "an e-mail address",
        "uuid" => Uuid().IsMatch(text) ? null : "a UUID (8-4-4-4-12 hexadecimal digits)",
        _ => throw new InvalidOperationException($"format '{format}' is not supported"),
    };

    // RFC 3339 full-date: exactly four-two-two digits, and a day that exists in that month.
    private static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsDateTime(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();
}
