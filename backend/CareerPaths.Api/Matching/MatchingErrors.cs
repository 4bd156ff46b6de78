using System.Globalization;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;

namespace CareerPaths.Api.Matching;

/// <summary>
/// A client error about one argument of a matcher field: a GraphQL error on the field with <c>extensions.code</c>
/// and <c>extensions.argument</c> (e.g. <c>roleIds[1]</c>), so a client can point at the input that needs changing.
/// </summary>
internal sealed class MatcherArgumentException(string argument, string message, string code)
    : GraphQLException(message, code, new Dictionary<string, object?>(StringComparer.Ordinal) { ["argument"] = argument })
{
    public string Argument { get; } = argument;
}

/// <summary>
/// The client errors of the matcher's fields: each a GraphQL error with <c>extensions.code</c> (<c>BAD_USER_INPUT</c>,
/// <c>NOT_FOUND</c>, <c>FAILED_PRECONDITION</c>; refusals are <c>employee(id:)</c>'s own FORBIDDEN) and a sentence saying what to change.
/// </summary>
internal static class MatchingErrors
{
    /// <summary>A well-formed id that names nothing (the viewer may see whatever it would name).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The data cannot answer the question as asked (e.g. costs in several currencies).</summary>
    public const string FailedPrecondition = "FAILED_PRECONDITION";

    public static MatcherArgumentException InvalidId(string argument, string id, string reason) =>
        new(argument, $"Invalid id \"{Shorten(id)}\" in \"{argument}\": {reason}.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException EmployeeNotFound(string argument, string id) =>
        new(argument, $"No employee has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static MatcherArgumentException RoleNotFound(string argument, string id) =>
        new(argument, $"No role has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static MatcherArgumentException RoleNotPublished(string argument, string id) =>
        new(argument, $"The role \"{Shorten(id)}\" (in \"{argument}\") has no published version; the matcher only works with published roles.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException OrgUnitNotFound(string argument, string id) =>
        new(argument, $"No org unit has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static MatcherArgumentException OfferingNotFound(string argument, string id) =>
        new(argument, $"No learning offering has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static MatcherArgumentException OutOfRange(string argument, int value, int min, int max) =>
        new(argument, $"\"{argument}\" must be between {min} and {max}, but was {value}.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException CountOutOfRange(string argument, int count, int min, int max) =>
        new(argument, $"\"{argument}\" must list between {min} and {max} ids, but listed {count}.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException Negative(string argument, double value) =>
        new(argument, $"\"{argument}\" must not be negative, but was {value.ToString(CultureInfo.InvariantCulture)}.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException Duplicate(string argument, string id) =>
        new(argument, $"\"{argument}\" lists \"{Shorten(id)}\" more than once.", ErrorCodes.BadUserInput);

    public static MatcherArgumentException Needs(string argument, string needed) =>
        new(argument, $"\"{argument}\" needs \"{needed}\": which roles should people be aiming at?", ErrorCodes.BadUserInput);

    public static GraphQLException SeveralCurrencies(IReadOnlyList<string> currencies) =>
        new($"Learning offerings are priced in several currencies ({string.Join(", ", currencies)}) and there are no exchange rates: " +
            "costs cannot be added up. Plan by hours, or price the catalogue in one currency.", FailedPrecondition);

    // Ids are echoed back to help the client; a pasted megabyte should not be.
    private static string Shorten(string value) => value.Length <= 64 ? value : value[..61] + "...";
}
