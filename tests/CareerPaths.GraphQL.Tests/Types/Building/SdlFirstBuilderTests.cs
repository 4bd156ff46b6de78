using System.Text.Json;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Building;

public class SdlFirstBuilderTests
{
    private const string Sdl = """
        "The schema"
        schema { query: Root }

        directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE | SCHEMA

        type Root {
          hero: Character
          characters: [Character!]!
          search(text: String!): [Result]
          count: Int
        }

        interface Node { id: ID! }

        interface Character implements Node { id: ID! name: String }

        type Human implements Character & Node @key(fields: "id") @key(fields: "name", resolvable: false) {
          id: ID!
          name: String
          height: Float
        }

        type Droid implements Node & Character { id: ID! name: String }

        union Result = Human

        enum Episode { NEWHOPE EMPIRE }

        extend type Root { episode: Episode }

        extend union Result = Droid

        extend enum Episode { JEDI }

        extend interface Character { friends: [Character] }

        extend type Human { friends: [Character] }

        extend type Droid { friends: [Character] }

        extend schema @key(fields: "x")
        """;

    private static readonly JsonElement Root = JsonDocument.Parse("""
        {
          "hero": { "__typename": "Droid", "id": "2001", "name": "R2-D2", "friends": [{ "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 }] },
          "characters": [{ "__typename": "Human", "id": "1000", "name": "Luke" }, { "__typename": "Droid", "id": "2001" }],
          "episode": "EMPIRE"
        }
        """).RootElement;

    [Fact]
    public void DefinitionsAndExtensionsMerge()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);

        Assert.Equal("The schema", schema.Description);
        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal(["hero", "characters", "search", "count", "episode"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["Human", "Droid"], ((UnionType)schema.GetType("Result")!).Types.Select(t => t.Name));
        Assert.Equal(["NEWHOPE", "EMPIRE", "JEDI"], ((EnumType)schema.GetType("Episode")!).Values.Select(v => v.Name));
        Assert.Equal(["Node"], ((InterfaceType)schema.GetType("Character")!).Interfaces.Select(i => i.Name));
        Assert.Equal(["Character"], ((InterfaceType)schema.GetType("Node")!).ImplementingInterfaces.Select(i => i.Name));
        Assert.Single(((NamedType)schema.GetType("Human")!).ExtensionAstNodes);
        Assert.Equal("x", schema.AppliedDirectives.Single().Arguments["fields"]);
    }

    [Fact]
    public void AppliedDirectivesKeepTheirCoercedArguments()
    {
        var human = (ObjectType)SchemaBuilder.FromSdl(Sdl).GetType("Human")!;

        Assert.Equal(
            [("id", true), ("name", false)],
            human.AppliedDirectives.Select(d => ((string)d.Arguments["fields"]!, (bool)d.Arguments["resolvable"]!)));
    }

    [Fact]
    public void DefaultResolversReadJsonAndTypenamePicksTheConcreteType()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);

        var result = MiniExecutor.Execute(schema, """
            {
              hero { __typename id name ... on Droid { friends { name ... on Human { height } } } }
              characters { __typename name }
              episode
              count
            }
            """, Root);

        Assert.Equal(
            """{"hero":{"__typename":"Droid","id":"2001","name":"R2-D2","friends":[{"name":"Luke","height":1.72}]},"characters":[{"__typename":"Human","name":"Luke"},{"__typename":"Droid","name":null}],"episode":"EMPIRE","count":null}""",
            result.ToJsonString());
    }

    [Fact]
    public void DefaultResolversAlsoReadDictionariesAndDotNetProperties()
    {
        Assert.Equal(1, DefaultFieldResolver.Read(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        Assert.Null(DefaultFieldResolver.Read(new Dictionary<string, object?>(), "a"));
        Assert.Equal("Luke", DefaultFieldResolver.Read(new { Name = "Luke" }, "name"));
        Assert.Null(DefaultFieldResolver.Read(new { Name = "Luke" }, "missing"));
        Assert.Null(DefaultFieldResolver.Read(JsonDocument.Parse("""{"a":null}""").RootElement, "a"));
        Assert.Null(DefaultFieldResolver.Read(JsonDocument.Parse("[1]").RootElement, "a"));
    }

    [Fact]
    public void ResolversCanBeGivenPerCoordinate()
    {
        var schema = SchemaBuilder.FromSdl(Sdl, b => b
            .Resolve("Root.count", _ => 3)
            .ResolveAsync("Root.search", async c =>
            {
                await Task.Yield();
                return new[] { new Dictionary<string, object?> { ["kind"] = "droid", ["name"] = c.Argument<string>("text") } };
            })
            .ResolveType("Result", (value, _) => value is IReadOnlyDictionary<string, object?> d && (string?)d["kind"] == "droid" ? "Droid" : "Human"));

        var result = MiniExecutor.Execute(schema, """{ count search(text: "R2") { ... on Droid { name } } }""", Root);

        Assert.Equal("""{"count":3,"search":[{"name":"R2"}]}""", result.ToJsonString());
    }

    [Fact]
    public void SdlEnumsCanBeBoundToDotNetEnums()
    {
        var schema = SchemaBuilder.FromSdl(
            "type Query { level: Seniority } enum Seniority { JUNIOR SENIOR_ENGINEER }",
            b => b.BindEnum<Seniority>("Seniority").Resolve("Query.level", _ => Seniority.SeniorEngineer));

        Assert.Equal("""{"level":"SENIOR_ENGINEER"}""", MiniExecutor.Execute(schema, "{ level }").ToJsonString());
        Assert.Equal(2, ((EnumType)schema.GetType("Seniority")!).Values.Count);
    }

    [Fact]
    public void CodeFirstAndSdlCombine()
    {
        var schema = SchemaBuilder.Create()
            .AddSdl("type Query { a: Int }")
            .Object("Query", t => t.Field("b").Type("String").Resolve(_ => "code"))
            .Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void DefaultValuesAreKeptAsLiteralAndCoerced()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { f(p: Point = {x: 1}, list: [Int] = 2, e: E = B): Int }
            input Point { x: Int! y: Int = 5 }
            enum E { A B }
            """);
        var field = schema.QueryType.GetField("f")!;

        Assert.Equal("{ x: 1 }", field.GetArgument("p")!.PrintedDefaultValue);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 5 }, (Dictionary<string, object?>)field.GetArgument("p")!.DefaultValue!);
        Assert.Equal(new object?[] { 2 }, (object?[])field.GetArgument("list")!.DefaultValue!);
        Assert.Equal("B", field.GetArgument("e")!.DefaultValue);
    }

    [Fact]
    public void WithoutASchemaDefinitionTheDefaultRootNamesApply()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.QueryType.Name, schema.MutationType!.Name, schema.SubscriptionType!.Name));
    }

    [Fact]
    public void TypeComparisonsFollowTheSpec()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        NamedType Type(string name) => schema.GetType(name)!;

        Assert.True(schema.IsTypeSubTypeOf(Type("Human").NonNullOf(), Type("Character")));
        Assert.False(schema.IsTypeSubTypeOf(Type("Character"), Type("Human")));
        Assert.True(schema.IsTypeSubTypeOf(Type("Droid").NonNullOf().ListOf(), Type("Node").ListOf()));
        Assert.False(schema.IsTypeSubTypeOf(Type("Droid").ListOf(), Type("Node")));
        Assert.True(Schema.IsEqualType(Type("Human").NonNullOf().ListOf(), Type("Human").NonNullOf().ListOf()));
        Assert.Same(Type("Human").ListOf(), Type("Human").ListOf());
        Assert.True(schema.DoTypesOverlap(Type("Result"), Type("Character")));
        Assert.True(schema.DoTypesOverlap(Type("Node"), Type("Droid")));
        Assert.False(schema.DoTypesOverlap(Type("Human"), Type("Droid")));
        Assert.True(schema.IsSubType(Type("Node"), Type("Character")));
    }
}
