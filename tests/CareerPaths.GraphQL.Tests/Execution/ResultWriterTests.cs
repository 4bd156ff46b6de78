using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class ResultWriterTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: String b: Int! list: [Float] json: JSON } scalar JSON");

    [Fact]
    public async Task ErrorsComeFirstThenDataInSelectionOrder()
    {
        var json = await JsonAsync(Schema, "{ list a b }", Json("{'a':'é<>','b':1,'list':[1.5,2,null]}"));
        Assert.Equal("""{"data":{"list":[1.5,2,null],"a":"é<>","b":1}}""", json);
    }

    [Fact]
    public async Task ARequestErrorHasNoDataEntryAndNullDataIsWritten()
    {
        var requestError = await JsonAsync(Schema, "query A { a } query B { a }");
        Assert.StartsWith("""{"errors":[{"message":"Must provide operation name""", requestError, StringComparison.Ordinal);
        Assert.DoesNotContain("data", requestError, StringComparison.Ordinal);

        var nulled = await JsonAsync(Schema, "{ a b }", Json("{'a':'x'}"));
        Assert.EndsWith("""],"data":null}""", nulled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomScalarsPassJsonThroughAndResultMapsReadAsDictionaries()
    {
        var result = await RunAsync(Schema, "{ json a }", Json("{'json':{'x':[1,{'y':null}]},'a':'s'}"));
        Assert.Equal("""{"data":{"json":{"x":[1,{"y":null}]},"a":"s"}}""", ExecutionResultWriter.ToJson(result));
        Assert.Equal(["json", "a"], result.Data!.Keys);
        Assert.Equal("s", result.Data["a"]);
    }

    [Fact]
    public async Task WritesToAPooledBuffer()
    {
        var result = await RunAsync(Schema, "{ a }", Json("{'a':'x'}"));
        using var buffer = new PooledBufferWriter(16);
        ExecutionResultWriter.Write(result, buffer);
        ExecutionResultWriter.Write(result, buffer);
        Assert.Equal("""{"data":{"a":"x"}}{"data":{"a":"x"}}""", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
