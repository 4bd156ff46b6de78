using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class MutationTests
{
    [Fact]
    public async Task RootMutationFieldsRunOneAfterAnotherWithTheirSubtrees()
    {
        var log = new List<string>();
        var schema = SchemaBuilder.Create()
            .Object("Query", t => t.Field("x").Type("Int").Resolve(_ => 1))
            .Object("Mutation", t => t.Field("step").Type("Step").Argument("name", "String!").ResolveAsync(async ctx =>
            {
                var name = ctx.Argument<string>("name");
                log.Add("start " + name);
                await Task.Delay(name == "a" ? 30 : 1);
                log.Add("end " + name);
                return (object)name;
            }))
            .Object<string>("Step", t => t.Field("done").Type("String").ResolveAsync(async (string name, IResolverContext _) =>
            {
                await Task.Delay(name == "a" ? 20 : 1);
                log.Add("done " + name);
                return name;
            }))
            .Build();

        var json = await JsonAsync(schema, """mutation { a: step(name: "a") { done } b: step(name: "b") { done } }""");

        Assert.Equal("""{"data":{"a":{"done":"a"},"b":{"done":"b"}}}""", json);
        Assert.Equal(["start a", "end a", "done a", "start b", "end b", "done b"], log);
    }

    [Fact]
    public async Task ANonNullFailureStopsTheRemainingMutations()
    {
        var calls = 0;
        var schema = SchemaBuilder.Create()
            .Object("Query", t => t.Field("x").Type("Int").Resolve(_ => 1))
            .Object("Mutation", t =>
            {
                t.Field("fail").Type("Int!").Resolve(_ => null);
                t.Field("count").Type("Int").Resolve(_ => ++calls);
            })
            .Build();

        var json = await JsonAsync(schema, "mutation { fail count }");
        Assert.StartsWith("""{"errors":[""", json, StringComparison.Ordinal);
        Assert.EndsWith(""","data":null}""", json, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }
}
