using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerPaths.GraphQL.Introspection;
using CareerPaths.GraphQL.Tests.Types;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    [Fact]
    public void TheFullIntrospectionQueryDescribesTheSchemaExactlyAsGraphQLJs()
    {
        var schema = SchemaBuilder.FromSdl(Fixture.Read("kitchen-sink.graphql"));
        var expected = JsonNode.Parse(Fixture.Read("kitchen-sink.introspection-by-graphql-js.json"))!["data"]!;

        var actual = MiniExecutor.Execute(schema, Fixture.Read("introspection-query.graphql"));

        Assert.Equal(WithoutIntrospectionTypes(expected).ToJsonString(), WithoutIntrospectionTypes(actual).ToJsonString());
    }

    [Fact]
    public void TheIntrospectionTypesAreThoseOfTheSpecification()
    {
        // Spec §4.2 (September 2025), plus isOneOf. graphql-js 17 adds experimental fields we leave out
        // (directive deprecation, fragment variables) and makes includeDeprecated non-null.
        var printed = string.Join("\n\n", IntrospectionTypes.All.OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => SchemaPrinter.PrintType(t)).Select(StripDescriptions));

        Assert.Equal(Fixture.Read("introspection-types.graphql").TrimEnd(), printed);
    }

    [Fact]
    public void TypenameSchemaAndTypeAreMetaFieldsOfTheQueryType()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Other { b: Int }");

        var result = MiniExecutor.Execute(schema, """{ __typename __type(name: "Other") { name kind } __schema { queryType { name } } }""");

        Assert.Equal("""{"__typename":"Query","__type":{"name":"Other","kind":"OBJECT"},"__schema":{"queryType":{"name":"Query"}}}""", result.ToJsonString());
        Assert.Null(schema.GetFieldDefinition((NamedType)schema.GetType("Other")!, "__schema"));
        Assert.NotNull(schema.GetFieldDefinition((NamedType)schema.GetType("Other")!, "__typename"));
    }

    [Fact]
    public void DeprecatedMembersAreHiddenUnlessAskedFor()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a(x: Int @deprecated, y: Int): Int b: Int @deprecated(reason: "no") }
            input I { p: Int @deprecated q: Int }
            enum E { ONE TWO @deprecated }
            """);

        var result = MiniExecutor.Execute(schema, """
            {
              q: __type(name: "Query") { fields { name args { name } } all: fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              i: __type(name: "I") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              e: __type(name: "E") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated } }
            }
            """);

        Assert.Equal(
            """{"q":{"fields":[{"name":"a","args":[{"name":"y"}]}],"all":[{"name":"a","args":[{"name":"x","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"y","isDeprecated":false,"deprecationReason":null}]},{"name":"b","args":[]}]},"i":{"inputFields":[{"name":"q"}],"all":[{"name":"p"},{"name":"q"}]},"e":{"enumValues":[{"name":"ONE"}],"all":[{"name":"ONE","isDeprecated":false},{"name":"TWO","isDeprecated":true}]}}""",
            result.ToJsonString());
    }

    [Fact]
    public void IntrospectionCanBeSwitchedOff()
    {
        var builder = SchemaBuilder.Create().Object("Query", t => t.Field("a").Type("Int"));

        Assert.True(builder.Build().IntrospectionEnabled);
        Assert.False(builder.DisableIntrospection().Build().IntrospectionEnabled);
    }

    private static JsonNode WithoutIntrospectionTypes(JsonNode data)
    {
        var copy = data.DeepClone();
        var types = copy["__schema"]!["types"]!.AsArray();
        foreach (var type in types.Where(t => t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)).ToArray())
        {
            types.Remove(type);
        }

        foreach (var directive in copy["__schema"]!["directives"]!.AsArray())
        {
            var locations = directive!["locations"]!.AsArray();
            foreach (var location in locations.Where(l => l!.GetValue<string>() == "DIRECTIVE_DEFINITION").ToArray())
            {
                locations.Remove(location);
            }
        }

        return copy;
    }

    private static string StripDescriptions(string sdl) =>
        Regex.Replace(Regex.Replace(sdl, "[ ]*\"\"\"[\\s\\S]*?\"\"\"\n", ""), "(?m)^[ ]*\"[^\n]*\"\n", "").Replace("\n\n  ", "\n  ", StringComparison.Ordinal);
}
