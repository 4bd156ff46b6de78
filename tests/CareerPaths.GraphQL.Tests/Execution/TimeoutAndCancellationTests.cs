using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class TimeoutAndCancellationTests
{
    private static Schema Build(List<CancellationToken> tokens) => SchemaBuilder.Create()
        .Object("Query", t =>
        {
            t.Field("quick").Type("String").Resolve(_ => "done");
            t.Field("hang").Type("String").ResolveAsync<string>(async ctx =>
            {
                lock (tokens)
                {
                    tokens.Add(ctx.CancellationToken);
                }

                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return "never";
            });
            t.Field("hangRequired").Type("Box!").ResolveAsync<object>(async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return 1;
            });
            t.Field("box").Type("Box").Resolve(_ => 1);
        })
        .Object("Box", t =>
        {
            t.Field("value").Type("Int").Resolve(_ => 42);
            t.Field("slow").Type("Int!").ResolveAsync<int>(async ctx => { await Task.Delay(Timeout.Infinite, ctx.CancellationToken); return 0; });
        })
        .Build();

    private static readonly ExecutionOptions ShortTimeout = new() { Timeout = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task OnTimeoutCompletedFieldsStayAndUnfinishedOnesAreNull()
    {
        var tokens = new List<CancellationToken>();
        var result = await RunAsync(Build(tokens), "{ quick hang }", options: ShortTimeout);

        Assert.Equal("""{"errors":[{"message":"The execution timed out after 50 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"quick":"done","hang":null}}""",
            ExecutionResultWriter.ToJson(result));
        Assert.True(Assert.Single(tokens).IsCancellationRequested);
    }

    [Fact]
    public async Task UnfinishedNonNullFieldsPropagateNull()
    {
        var result = await RunAsync(Build([]), "{ quick box { value slow } }", options: ShortTimeout);
        Assert.Equal("""{"quick":"done","box":null}""", System.Text.Json.JsonSerializer.Serialize(result.Data));
        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);

        var rootLost = await RunAsync(Build([]), "{ quick hangRequired { value } }", options: ShortTimeout);
        Assert.True(rootLost.HasData);
        Assert.Null(rootLost.Data);
    }

    [Fact]
    public async Task AnAbortedRequestThrowsAndCancelsResolvers()
    {
        var tokens = new List<CancellationToken>();
        using var abort = new CancellationTokenSource();
        var running = RunAsync(Build(tokens), "{ hang }", cancellationToken: abort.Token);
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(Assert.Single(tokens).IsCancellationRequested);
    }

    [Fact]
    public async Task AFastRequestIsUnaffectedByTheTimeout()
    {
        var result = await RunAsync(Build([]), "{ quick box { value } }", options: ShortTimeout);
        Assert.Empty(result.Errors);
    }
}
