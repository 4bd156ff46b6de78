using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>A small schema for the endpoint's tests: a query and a mutation type, arguments, failures, and the request's root value.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          echo(value: String): String
          count(items: [Int!]): Int!
          fail: String
          failNonNull: String!
          rootValue(key: String!): String
          slow(milliseconds: Int!): String
        }

        type Mutation {
          increment: Int!
        }
        """;

    private static int _counter;

    public static Schema Build() => SchemaBuilder.FromSdl(Sdl, builder => builder
        .Resolve("Query.hello", context => $"Hello, {context.Argument<string>("name")}!")
        .Resolve("Query.echo", context => context.Argument<string?>("value"))
        .Resolve("Query.count", context => context.Argument<int[]?>("items")?.Length ?? 0)
        .Resolve("Query.fail", _ => throw new InvalidOperationException("secret detail"))
        .Resolve("Query.failNonNull", _ => throw new GraphQLException("deliberate", "DELIBERATE"))
        .Resolve("Query.rootValue", context => context.Source is IReadOnlyDictionary<string, object?> root &&
            root.TryGetValue(context.Argument<string>("key"), out var value) ? value?.ToString() : null)
        .ResolveAsync("Query.slow", async context =>
        {
            await Task.Delay(context.Argument<int>("milliseconds"), context.CancellationToken);
            return "done";
        })
        .Resolve("Mutation.increment", _ => Interlocked.Increment(ref _counter)));

    /// <summary>An executor that validates with the spec rules and our default query limits, as the product will.</summary>
    public static GraphQLExecutor Executor() => new(
        validate: (schema, document) => DocumentValidator.Validate(schema, document, new ValidationOptions { Limits = QueryLimits.Default }));
}
