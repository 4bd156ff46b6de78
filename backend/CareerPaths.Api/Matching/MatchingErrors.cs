using System.Globalization;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;

namespace CareerPaths.Api.Matching;

/// <summary>
/// The client errors of the matcher's queries: each a GraphQL error on the field with <c>extensions.code</c>
/// (<c>BAD_USER_INPUT</c>, <c>NOT_FOUND</c>, <c>FORBIDDEN</c>) and a sentence saying what to change.
/// </summary>
internal static class MatchingErrors
{
    /// <summary>A well-formed id that names nothing (the viewer may see whatever it would name).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The data cannot answer the question as asked (e.g. costs in several currencies).</summary>
    public const string FailedPrecondition = "FAILED_PRECONDITION";

    public static GraphQLException InvalidId(string argument, string id, string reason) =>
        new($"Invalid id \"{Shorten(id)}\" in \"{argument}\": {reason}.", ErrorCodes.BadUserInput);

    public static GraphQLException EmployeeNotFound(string id) => new($"No employee has the id \"{Shorten(id)}\".", NotFound);

    /// <summary>Also for ids nobody has: whether a person exists is not told to someone who may not see them.</summary>
    public static GraphQLException EmployeeForbidden() => new("Not authorized to access this Employee.", ErrorCodes.Forbidden);

    public static GraphQLException RoleNotFound(string argument, string id) =>
        new($"No role has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static GraphQLException RoleNotPublished(string argument, string id) =>
        new($"The role \"{Shorten(id)}\" (in \"{argument}\") has no published version; the matcher only works with published roles.", ErrorCodes.BadUserInput);

    public static GraphQLException OrgUnitNotFound(string id) => new($"No org unit has the id \"{Shorten(id)}\".", NotFound);

    public static GraphQLException OfferingNotFound(string argument, string id) =>
        new($"No learning offering has the id \"{Shorten(id)}\" (in \"{argument}\").", NotFound);

    public static GraphQLException OutOfRange(string argument, int value, int min, int max) =>
        new($"\"{argument}\" must be between {min} and {max}, but was {value}.", ErrorCodes.BadUserInput);

    public static GraphQLException Negative(string argument, double value) =>
        new($"\"{argument}\" must not be negative, but was {value.ToString(CultureInfo.InvariantCulture)}.", ErrorCodes.BadUserInput);

    public static GraphQLException Duplicate(string argument, string id) =>
        new($"\"{argument}\" lists \"{Shorten(id)}\" more than once.", ErrorCodes.BadUserInput);

    public static GraphQLException SeveralCurrencies(IReadOnlyList<string> currencies) =>
        new($"Learning offerings are priced in several currencies ({string.Join(", ", currencies)}) and there are no exchange rates: " +
            "costs cannot be added up. Plan by hours, or price the catalogue in one currency.", FailedPrecondition);

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..61] + "...";
}
