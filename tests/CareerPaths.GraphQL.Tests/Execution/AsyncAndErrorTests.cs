using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class AsyncAndErrorTests
{
    private static Schema Build() => SchemaBuilder.Create()
        .Object("Query", t =>
        {
            t.Field("slow").Type("String").ResolveAsync(async ctx => { await Task.Delay(5, ctx.CancellationToken); return "slow"; });
            t.Field("fast").Type("String").Resolve(_ => "fast");
            t.Field("items").Type("[Item!]!").Resolve(_ => new[] { 1, 2, 3 });
            t.Field("boom").Type("String").Resolve(_ => throw new InvalidOperationException("secret detail"));
            t.Field("deliberate").Type("String").ResolveAsync<string>(async _ => { await Task.Yield(); throw new GraphQLException("Role not found.", "NOT_FOUND"); });
        })
        .Object<int>("Item", t =>
        {
            t.Field("n").Type("Int!").Resolve((n, _) => n);
            t.Field("later").Type("String!").ResolveAsync(async (int n, IResolverContext _) => { await Task.Yield(); return n == 2 ? null! : $"v{n}"; });
        })
        .Build();

    private static readonly Schema Schema = Build();

    [Fact]
    public async Task AsyncResultsKeepSelectionOrder()
    {
        var json = await JsonAsync(Schema, "{ slow fast items { later n } }");
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Item.later.","locations":[{"line":1,"column":21}],"path":["items",1,"later"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""", json);
    }

    [Fact]
    public async Task AsyncFieldsCompleteTogether()
    {
        var json = await JsonAsync(Schema, "{ fast slow items { n } }");
        Assert.Equal("""{"data":{"fast":"fast","slow":"slow","items":[{"n":1},{"n":2},{"n":3}]}}""", json);
    }

    [Fact]
    public async Task ExceptionMessagesAreMaskedUnlessExposed()
    {
        var masked = await RunAsync(Schema, "{ boom }");
        Assert.Equal("Unexpected error.", masked.Errors[0].Message);
        Assert.Equal(ErrorCodes.InternalError, masked.Errors[0].Code);
        Assert.Equal(["boom"], masked.Errors[0].Path);

        var exposed = await RunAsync(Schema, "{ boom }", options: new ExecutionOptions { ExposeExceptionMessages = true });
        Assert.Equal("secret detail", exposed.Errors[0].Message);
    }

    [Fact]
    public async Task GraphQLExceptionsReachTheClientWithTheirCode()
    {
        var result = await RunAsync(Schema, "{ fast deliberate }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Role not found.", error.Message);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal([new ErrorLocation(1, 8)], error.Locations);
    }

    [Fact]
    public async Task ResolverExceptionsAreReportedToTheHook()
    {
        var seen = new List<Exception>();
        await RunAsync(Schema, "{ boom }", options: new ExecutionOptions { OnResolverException = (e, _) => seen.Add(e) });
        Assert.IsType<InvalidOperationException>(Assert.Single(seen));
    }
}
