using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Tests.Types.Building;

public class CodeFirstBuilderTests
{
    private static readonly RoleDto Engineer = new("r1", "Engineer", null, Seniority.SeniorEngineer, ["a", "b"]);

    private static SchemaBuilder Catalogue() => SchemaBuilder.Create()
        .Enum<Seniority>("Seniority", e => e.Value(Seniority.Principal).Description("The top").Deprecated("Use SENIOR_ENGINEER"))
        .Interface("Node", i => i.Description("Has an id.").Field("id").Type("ID!"))
        .Object<RoleDto>("Role", t =>
        {
            t.Description("A role.");
            t.Implements("Node");
            t.Field(r => r.Name).Description("The role's name.");
            t.Field(r => r.Summary);
            t.Field(r => r.Level);
            t.Field(r => r.Tags);
            t.Field("shout", r => r.Name.ToUpperInvariant());
            t.Field("skills").Type("[Skill!]!")
                .Argument("first", "Int", defaultValue: 10)
                .Resolve((role, context) => Enumerable.Range(0, context.Argument<int>("first")).Select(i => new SkillDto($"{role.Id}-{i}", "S")))
                .Authorize("CanReadSkills")
                .Cost(5)
                .ListSize("first")
                .Metadata("relay", true);
        })
        .Object<SkillDto>("Skill", t => t.Implements("Node").Field(s => s.Title))
        .Union("SearchResult", u => u.Types("Role", "Skill"))
        .InputObject<CreateRoleInput>("CreateRoleInput")
        .InputObject<FilterInput>("FilterInput", t =>
        {
            t.Field(f => f.Term);
            t.Field(f => f.Limit).DefaultValue(20);
        })
        .Object("Query", t =>
        {
            t.Field("roles").Type("[Role!]!").Argument("filter", "FilterInput").Resolve(_ => new[] { Engineer });
            t.Field("search").Type("[SearchResult!]!").Resolve(_ => new object[] { Engineer, new SkillDto("s1", "C#") });
            t.Field("echo").Type("String").Argument("input", "CreateRoleInput!").Resolve(c => c.Argument<CreateRoleInput>("input").ToString());
        });

    [Fact]
    public void TypesAreInferredFromPropertiesWithNullability()
    {
        var role = (ObjectType)Catalogue().Build().GetType("Role")!;

        Assert.Equal(["name", "summary", "level", "tags", "shout", "skills", "id"], role.Fields.Select(f => f.Name));
        Assert.Equal("String!", role.GetField("name")!.Type.ToString());
        Assert.Equal("String", role.GetField("summary")!.Type.ToString());
        Assert.Equal("Seniority!", role.GetField("level")!.Type.ToString());
        Assert.Equal("[String!]!", role.GetField("tags")!.Type.ToString());
        Assert.Equal("ID!", role.GetField("id")!.Type.ToString());
    }

    [Fact]
    public void PropertyResolversAreCompiledSourceResolvers()
    {
        var schema = Catalogue().Build();

        Assert.Equal(ResolverKind.Source, ((ObjectType)schema.GetType("Role")!).GetField("name")!.Resolver.Kind);
        Assert.Equal("Engineer", TestResolverContext.Resolve(schema, "Role", "name", Engineer));
        Assert.Equal("ENGINEER", TestResolverContext.Resolve(schema, "Role", "shout", Engineer));
        Assert.Equal("r1", TestResolverContext.Resolve(schema, "Role", "id", Engineer));
    }

    [Fact]
    public void ArgumentsDefaultsAndMetadataAreBound()
    {
        var schema = Catalogue().Build();
        var skills = ((ObjectType)schema.GetType("Role")!).GetField("skills")!;

        Assert.Equal(10, skills.GetArgument("first")!.DefaultValue);
        Assert.Equal("10", skills.GetArgument("first")!.PrintedDefaultValue);
        Assert.Equal(["CanReadSkills"], skills.AuthorizationPolicies);
        Assert.Equal(5, skills.Cost);
        Assert.Equal(["first"], skills.ListSizeArguments);
        Assert.Equal(true, skills.Metadata["relay"]);
        var result = (IEnumerable<SkillDto>)TestResolverContext.Resolve(schema, "Role", "skills", Engineer, new Dictionary<string, object?> { ["first"] = 2 })!;
        Assert.Equal(["r1-0", "r1-1"], result.Select(s => s.Id));
    }

    [Fact]
    public void DotNetEnumsBecomeScreamingCaseValues()
    {
        var schema = Catalogue().Build();
        var seniority = (EnumType)schema.GetType("Seniority")!;

        Assert.Equal(["JUNIOR", "SENIOR_ENGINEER", "PRINCIPAL"], seniority.Values.Select(v => v.Name));
        Assert.Equal("SENIOR_ENGINEER", seniority.Serialize(Seniority.SeniorEngineer));
        Assert.Equal(Seniority.Principal, seniority.ParseValue("PRINCIPAL"));
        Assert.Equal("Use SENIOR_ENGINEER", seniority.GetValue("PRINCIPAL")!.DeprecationReason);
    }

    [Fact]
    public void InputObjectsBindToRecordsThroughACompiledFactory()
    {
        var schema = Catalogue().Build();
        var input = (InputObjectType)schema.GetType("CreateRoleInput")!;

        Assert.Equal(["name", "level", "tags", "priority"], input.Fields.Select(f => f.Name));
        Assert.Equal("Int!", input.GetField("priority")!.Type.ToString());
        Assert.Equal("[String!]", input.GetField("tags")!.Type.ToString());
        var value = new Dictionary<string, object?> { ["name"] = "Dev", ["level"] = "JUNIOR", ["tags"] = new[] { "x" }, ["priority"] = 1 };
        Assert.True(InputCoercion.TryCoerceInputValue(value, input, out var coerced));
        Assert.Equal(new CreateRoleInput("Dev", Seniority.Junior, ["x"], 1) with { Tags = ((CreateRoleInput)coerced!).Tags }, coerced);
        Assert.Equal(["x"], ((CreateRoleInput)coerced!).Tags!);
    }

    [Fact]
    public void AbsentRecordFieldsTakeTheParameterDefault()
    {
        var input = (InputObjectType)Catalogue().Build().GetType("CreateRoleInput")!;
        var factory = input.Factory!;

        var record = (CreateRoleInput)factory(new Dictionary<string, object?> { ["name"] = "Dev", ["level"] = Seniority.Principal });

        Assert.Equal(new CreateRoleInput("Dev", Seniority.Principal, null, 3), record);
    }

    [Fact]
    public void InputClassesWithSettersBindToo()
    {
        var input = (InputObjectType)Catalogue().Build().GetType("FilterInput")!;

        Assert.True(InputCoercion.TryCoerceInputValue(new Dictionary<string, object?> { ["term"] = "x" }, input, out var coerced));

        var filter = Assert.IsType<FilterInput>(coerced);
        Assert.Equal(("x", 20), (filter.Term, filter.Limit));
    }

    [Fact]
    public void AbstractTypesResolveByTheBoundDotNetType()
    {
        var schema = Catalogue().Build();
        var union = (UnionType)schema.GetType("SearchResult")!;
        var context = new TestResolverContext(schema, schema.QueryType, schema.QueryType.GetField("search")!, null);

        Assert.Equal("Role", union.ResolveType(Engineer, context)!.Name);
        Assert.Equal("Skill", union.ResolveType(new SkillDto("s", "t"), context)!.Name);
        Assert.Null(union.ResolveType("neither", context));
        Assert.Equal(["Role", "Skill"], ((InterfaceType)schema.GetType("Node")!).PossibleTypes.Select(t => t.Name));
        Assert.True(schema.IsSubType((NamedType)schema.GetType("Node")!, (NamedType)schema.GetType("Skill")!));
    }

    [Fact]
    public void CustomTypeResolversAndIsTypeOfAreUsed()
    {
        var schema = SchemaBuilder.Create()
            .Interface("Pet", i => i.Field("name").Type("String").Resolve(_ => "x"))
            .Object("Dog", t => t.Implements("Pet").IsTypeOf((v, _) => v is string s && s.StartsWith('d')))
            .Object("Cat", t => t.Implements("Pet").IsTypeOf((v, _) => v is string s && s.StartsWith('c')))
            .Union("Any", u => u.Types("Dog", "Cat").ResolveType((v, _) => v is int ? "Cat" : null))
            .Object("Query", t => t.Field("pet").Type("Pet"))
            .Build();
        var context = new TestResolverContext(schema, schema.QueryType, schema.QueryType.GetField("pet")!, null);

        Assert.Equal("Cat", ((InterfaceType)schema.GetType("Pet")!).ResolveType("cat", context)!.Name);
        Assert.Equal("Dog", ((InterfaceType)schema.GetType("Pet")!).ResolveType("dog", context)!.Name);
        Assert.Equal("Cat", ((UnionType)schema.GetType("Any")!).ResolveType(1, context)!.Name);
    }

    [Fact]
    public void AsyncResolversAreMarkedAsync()
    {
        var schema = SchemaBuilder.Create()
            .Object("Query", t => t.Field("later").Type("Int").ResolveAsync(async _ =>
            {
                await Task.Yield();
                return 42;
            }))
            .Build();

        Assert.Equal(ResolverKind.Async, schema.QueryType.GetField("later")!.Resolver.Kind);
        Assert.Equal(42, TestResolverContext.Resolve(schema, "Query", "later", null));
    }

    [Fact]
    public void CodeFirstSchemasPrintAsSdl()
    {
        var printed = SchemaPrinter.Print(Catalogue().Build());

        Assert.Contains(""""
            """A role."""
            type Role implements Node {
              """The role's name."""
              name: String!
              summary: String
              level: Seniority!
              tags: [String!]!
              shout: String
              skills(first: Int = 10): [Skill!]!
              id: ID!
            }
            """", printed, StringComparison.Ordinal);
        Assert.Contains(""""
              """The top"""
              PRINCIPAL @deprecated(reason: "Use SENIOR_ENGINEER")
            """", printed, StringComparison.Ordinal);
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }

    [Fact]
    public void AFieldWithoutAKnownTypeIsABuildError()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Create()
            .Object<RoleDto>("Query", t => t.Field("mystery", r => new Uri("https://example.com/" + r.Id)))
            .Build());

        Assert.Equal("The type of Query.mystery is not set and cannot be inferred; give it with .Type(\"…\").", exception.Errors.Single().Message);
    }

    [Fact]
    public void ShippedScalarsJoinWhenReferenced()
    {
        var schema = SchemaBuilder.Create()
            .Object("Query", t => t.Field("now").Type("DateTime!").Resolve(_ => DateTimeOffset.UnixEpoch))
            .Build();

        Assert.Same(Scalars.DateTime, schema.GetType("DateTime"));
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }
}
