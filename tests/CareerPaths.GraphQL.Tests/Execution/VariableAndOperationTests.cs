using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class VariableAndOperationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
            type Query { echo(n: Int = 7, by: Lookup, list: [Int!]): String name: String }
            input Lookup @oneOf { id: ID name: String }
            """,
        b => b.Resolve("Query.echo", ctx => string.Join(";", ctx.Arguments.OrderBy(a => a.Key).Select(a => $"{a.Key}={Describe(a.Value)}"))));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        object?[] items => "[" + string.Join(",", items.Select(Describe)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => $"{p.Key}:{Describe(p.Value)}")) + "}",
        _ => value.ToString()!,
    };

    [Theory]
    [InlineData("{}", "n=7")]
    [InlineData("""{"n":3}""", "n=3")]
    [InlineData("""{"n":null}""", "n=null")]
    [InlineData("""{"by":{"id":"1"}}""", "by={id:1};n=7")]
    [InlineData("""{"list":5}""", "list=[5];n=7")]
    public async Task VariablesWithDefaultsNullsAndListCoercion(string variables, string expected)
    {
        var json = await JsonAsync(Schema, "query ($n: Int = 7, $by: Lookup, $list: [Int!]) { echo(n: $n, by: $by, list: $list) }", null, variables);
        Assert.Equal("{\"data\":{\"echo\":\"" + expected + "\"}}", json);
    }

    [Fact]
    public async Task EveryVariableProblemIsReportedAtItsDefinition()
    {
        var result = await RunAsync(Schema, "query ($n: Int, $by: Lookup!, $list: [Int!]) { echo(n: $n, by: $by, list: $list) }", null,
            """{"n":"x","by":{"id":"1","name":"a"},"list":[1,null,"z"]}""");
        Assert.False(result.HasData);
        Assert.Equal([8, 17, 31, 31], result.Errors.SelectMany(e => e.Locations!).Select(l => l.Column).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.BadUserInput, e.Code));
    }

    [Fact]
    public async Task AMissingNonNullVariableIsARequestError()
    {
        var result = await RunAsync(Schema, "query ($by: Lookup!) { echo(by: $by) }");
        Assert.Equal("""{"errors":[{"message":"Variable \"$by\" has invalid value: Expected a value of non-null type \"Lookup!\" to be provided.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            CareerPaths.GraphQL.Execution.ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task NullFromANullableVariableInANonNullArgumentIsAFieldError()
    {
        var schema = SchemaBuilder.FromSdl("type Query { need(x: Int!): Int other: Int }", b => b.Resolve("Query.need", ctx => ctx.Arguments["x"]));
        var shape = await ShapeAsync(schema, "query ($v: Int) { need(x: $v) other }", null, """{"v":null}""");
        Assert.Equal("""{"need":null,"other":null} errors[{1:27|need}]""", shape);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public async Task OperationSelectionErrorsAreRequestErrors(string? name, string message)
    {
        var result = await RunAsync(Schema, "query A { name } query B { name }", operationName: name);
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
        Assert.Null(result.Errors[0].Locations);
    }

    [Fact]
    public async Task TheNamedOperationRuns()
    {
        var json = await JsonAsync(Schema, "query A { a: name } query B { b: name }", Json("{'name':'x'}"), operationName: "B");
        Assert.Equal("""{"data":{"b":"x"}}""", json);
    }

    [Fact]
    public async Task SubscriptionsAreRefusedWithARequestError()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick: Int }");
        var result = await RunAsync(schema, "subscription { tick }");
        Assert.False(result.HasData);
        Assert.Contains("not supported", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
