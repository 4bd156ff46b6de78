using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { nullable: Obj nonNull: Obj! list: [Obj] strictList: [Obj!] strictAll: [Obj!]! name: String }
        type Obj { id: ID name: String required: String! child: Obj requiredChild: Obj! ids: [String!] }
        """);

    [Fact]
    public async Task NullInANonNullFieldNullsTheNearestNullableParent()
    {
        var shape = await ShapeAsync(Schema, "{ nullable { id required } name }", Json("{'nullable':{'id':'1','required':null},'name':'n'}"));
        Assert.Equal("""{"nullable":null,"name":"n"} errors[{1:17|nullable.required}]""", shape);
    }

    [Fact]
    public async Task NullPropagatesThroughSeveralNonNullLevels()
    {
        var shape = await ShapeAsync(Schema, "{ nullable { requiredChild { requiredChild { required } } } }",
            Json("{'nullable':{'requiredChild':{'requiredChild':{'required':null}}}}"));
        Assert.Equal("""{"nullable":null} errors[{1:46|nullable.requiredChild.requiredChild.required}]""", shape);
    }

    [Fact]
    public async Task NullReachingTheRootNullsData()
    {
        var shape = await ShapeAsync(Schema, "{ name nonNull { required } }", Json("{'name':'n','nonNull':{'required':null}}"));
        Assert.Equal("null errors[{1:18|nonNull.required}]", shape);
    }

    [Fact]
    public async Task ANullItemInAListOfNonNullNullsTheList()
    {
        var shape = await ShapeAsync(Schema, "{ strictList { id } list { id } }", Json("{'strictList':[{'id':'1'},null],'list':[{'id':'1'},null]}"));
        Assert.Equal("""{"strictList":null,"list":[{"id":"1"},null]} errors[{1:3|strictList.1}]""", shape);
    }

    [Fact]
    public async Task ANonNullListOfNonNullPropagatesToTheRoot()
    {
        var shape = await ShapeAsync(Schema, "{ strictAll { required } }", Json("{'strictAll':[{'required':'a'},{'required':null}]}"));
        Assert.Equal("null errors[{1:15|strictAll.1.required}]", shape);
    }

    [Fact]
    public async Task ItemErrorsInNullableItemsStayLocal()
    {
        var shape = await ShapeAsync(Schema, "{ list { required } }", Json("{'list':[{'required':null},{'required':'b'},{'required':null}]}"));
        Assert.Equal("""{"list":[null,{"required":"b"},null]} errors[{1:10|list.0.required},{1:10|list.2.required}]""", shape);
    }

    [Fact]
    public async Task LeafListOfNonNullRejectsANullItem()
    {
        var shape = await ShapeAsync(Schema, "{ nullable { ids } }", Json("{'nullable':{'ids':['a',null]}}"));
        Assert.Equal("""{"nullable":{"ids":null}} errors[{1:14|nullable.ids.1}]""", shape);
    }

    [Fact]
    public async Task AFieldAfterTheNullingErrorIsNotCompleted()
    {
        var result = await RunAsync(Schema, "{ nullable { required name: required } }", Json("{'nullable':{'required':null}}"));
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task ANonListValueForAListFieldIsAnError()
    {
        var shape = await ShapeAsync(Schema, "{ list { id } }", Json("{'list':{'id':'x'}}"));
        Assert.Equal("""{"list":null} errors[{1:3|list}]""", shape);
    }
}
