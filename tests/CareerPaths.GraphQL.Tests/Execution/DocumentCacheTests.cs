using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Execution;

public class DocumentCacheTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: String }");

    private static ExecutionRequest Request(string query) => new() { Schema = Schema, Query = query };

    [Fact]
    public async Task ARepeatedQuerySkipsParseAndValidation()
    {
        var executor = new GraphQLExecutor(documents: new DocumentCache(10));
        await executor.ExecuteAsync(Request("{ a }"));
        await executor.ExecuteAsync(Request("{ a }"));
        await executor.ExecuteAsync(Request("{ a }"));
        Assert.Equal((2L, 1L), (executor.Documents.Hits, executor.Documents.Misses));
    }

    [Fact]
    public async Task SyntaxAndValidationErrorsAreRequestErrorsWithCodes()
    {
        var executor = new GraphQLExecutor();
        var syntax = await executor.ExecuteAsync(Request("{ a "));
        Assert.False(syntax.HasData);
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Single(syntax.Errors).Code);

        var invalid = await executor.ExecuteAsync(Request("{ nope }"));
        Assert.False(invalid.HasData);
        Assert.NotEmpty(invalid.Errors);
    }

    [Fact]
    public void TheLeastRecentlyUsedEntryIsEvicted()
    {
        var cache = new DocumentCache(2);
        foreach (var text in new[] { "{ a }", "{ b: a }", "{ a }", "{ c: a }" })
        {
            DocumentPreparation.Prepare(Schema, text, (_, _) => [], cache);
        }

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(DocumentCache.ComputeHash("{ a }"), out _));
        Assert.False(cache.TryGet(DocumentCache.ComputeHash("{ b: a }"), out _));
    }

    [Fact]
    public void TheHashIsTheSha256OfTheUtf8Text() =>
        Assert.Equal("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", DocumentCache.ComputeHash("a"));
}
