using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Execution;

public class FieldCollectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { pet: Pet pets: [Pet] thing: Thing name: String }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String lives: Int }
        union Thing = Dog | Cat
        """);

    private static readonly System.Text.Json.JsonElement Root = Json(
        "{'name':'root','pet':{'__typename':'Dog','name':'Rex','barks':true},'thing':{'__typename':'Cat','name':'Tom','lives':9}," +
        "'pets':[{'__typename':'Cat','name':'Tom','lives':9},{'__typename':'Dog','name':'Rex','barks':false}]}");

    [Fact]
    public async Task AliasesKeepSelectionOrder()
    {
        var json = await JsonAsync(Schema, "{ b: name a: name pet { n: name } }", Root);
        Assert.Equal("""{"data":{"b":"root","a":"root","pet":{"n":"Rex"}}}""", json);
    }

    [Fact]
    public async Task InlineFragmentsOnInterfacesApplyByConcreteType()
    {
        var json = await JsonAsync(Schema, "{ pets { __typename ... on Dog { barks } ... on Cat { lives } ... on Pet { name } } }", Root);
        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat","lives":9,"name":"Tom"},{"__typename":"Dog","barks":false,"name":"Rex"}]}}""", json);
    }

    [Fact]
    public async Task NamedFragmentsOnUnionsAndMergedFields()
    {
        var json = await JsonAsync(Schema, "{ thing { ...C ... on Cat { name lives } } } fragment C on Cat { lives name }", Root);
        Assert.Equal("""{"data":{"thing":{"lives":9,"name":"Tom"}}}""", json);
    }

    [Fact]
    public async Task SkipAndIncludeWithLiteralsAndVariables()
    {
        const string query = "query ($yes: Boolean!, $no: Boolean!) { a: name @skip(if: $yes) b: name @include(if: $no) c: name @include(if: true) @skip(if: $no) pet { ... on Dog @include(if: $yes) { barks } } }";
        var json = await JsonAsync(Schema, query, Root, """{"yes":true,"no":false}""");
        Assert.Equal("""{"data":{"c":"root","pet":{"barks":true}}}""", json);
        var flipped = await JsonAsync(Schema, query, Root, """{"yes":false,"no":true}""");
        Assert.Equal("""{"data":{"a":"root","b":"root","pet":{}}}""", flipped);
    }

    [Fact]
    public async Task AnErrorAtAMergedFieldCarriesEveryOccurrence()
    {
        var schema = SchemaBuilder.FromSdl("type Query { x: String! y: String }");
        var result = await RunAsync(schema, "{ y x ... on Query { x } }", Json("{'y':'1'}"));
        var error = Assert.Single(result.Errors);
        Assert.Equal([new(1, 5), new(1, 22)], error.Locations);
    }

    [Fact]
    public async Task AConcreteTypeThatIsNotPossibleIsAFieldError()
    {
        var shape = await ShapeAsync(Schema, "{ pet { name } }", Json("{'pet':{'__typename':'Query','name':'x'}}"));
        Assert.Equal("""{"pet":null} errors[{1:3|pet}]""", shape);
    }
}
