using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Validation;

/// <summary>
/// Compact assertions for validation tests. An expected error is written as its locations, "line:column"
/// separated by spaces ("1:3 1:10"); the errors of a document compare as a multiset, and the locations of
/// one error as a set, as the conformance harness compares with graphql-js.
/// </summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<GraphQLError> Validate(string query, Schema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? TestSchema.Instance, Parser.Parse(query), options ?? new ValidationOptions { IncludeSuggestions = true });

    public static void AssertValid(string query, Schema? schema = null, ValidationOptions? options = null)
    {
        var errors = Validate(query, schema, options);
        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + string.Join("\n", errors.Select(Describe)));
    }

    public static IReadOnlyList<GraphQLError> AssertInvalid(string query, params string[] expected) => AssertInvalid(TestSchema.Instance, query, expected);

    public static IReadOnlyList<GraphQLError> AssertInvalid(Schema schema, string query, params string[] expected)
    {
        var errors = Validate(query, schema);
        var actual = errors.Select(e => Key(e.Locations ?? [])).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Select(e => Key(e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Location))).Order(StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(actual), $"Expected errors at [{string.Join("] [", wanted)}], got:\n" + string.Join("\n", errors.Select(Describe)));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        return errors;
    }

    public static string Describe(GraphQLError error) =>
        $"  [{Key(error.Locations ?? [])}] {error.Message}";

    private static string Key(IEnumerable<ErrorLocation> locations) =>
        string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}").Distinct().Order(StringComparer.Ordinal));

    private static ErrorLocation Location(string text)
    {
        var parts = text.Split(':');
        return new ErrorLocation(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
