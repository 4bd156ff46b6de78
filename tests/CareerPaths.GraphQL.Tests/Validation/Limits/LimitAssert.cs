using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

/// <summary>Validation with query limits, and what a limit error must look like.</summary>
internal static class LimitAssert
{
    /// <summary>A schema with a recursive type, a list with first/last and costs set in code.</summary>
    public static Schema Schema { get; } = SchemaBuilder.Create()
        .AddSdl("""
            type Query { node: Node nodes(first: Int, last: Int): [Node] pages(first: Int = 20): [Node] feed(first: Int): [Node] expensive: Int }
            type Node { id: ID child: Node children(first: Int): [Node] name: String }
            type Mutation { touch: Int }
            """)
        .Object("Query", t =>
        {
            t.Field("nodes").ListSize("first", "last");
            t.Field("pages").ListSize("first");
            t.Field("feed").ListSize("first").AssumedListSize(25);
            t.Field("expensive").Cost(50);
        })
        .Object("Node", t => t.Field("children").ListSize("first").Cost(2))
        .Build();

    public static IReadOnlyList<GraphQLError> Validate(string query, QueryLimits? limits = null, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? Schema, Parser.Parse(query), new ValidationOptions { Limits = limits ?? QueryLimits.Default });

    public static void AssertWithinLimits(string query, QueryLimits? limits = null, Schema? schema = null)
    {
        var errors = Validate(query, limits, schema);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(ValidationAssert.Describe)));
    }

    /// <summary>Asserts exactly one error, a limit error with its message, location and numbers.</summary>
    public static GraphQLError AssertExceeded(string query, QueryLimits limits, string message, int line, int column, long limit, long actual)
    {
        var error = Assert.Single(Validate(query, limits));
        Assert.Equal(message, error.Message);
        Assert.Equal([new ErrorLocation(line, column)], error.Locations);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(limit, error.Extensions!["limit"]);
        Assert.Equal(actual, error.Extensions["actual"]);
        return error;
    }

    /// <summary><c>{ node { child { child … { id } } } }</c>: <paramref name="depth"/> fields deep.</summary>
    public static string Nested(int depth, string prefix = "") =>
        prefix + "{ node " + string.Concat(Enumerable.Repeat("{ child ", depth - 2)) + "{ id }" + new string('}', depth - 2) + " }";
}
