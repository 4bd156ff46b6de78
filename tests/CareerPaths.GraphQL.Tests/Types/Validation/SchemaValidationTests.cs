using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Validation;

// One case per rule of spec §3 type validation; each expected message is graphql-js validateSchema's.
public class SchemaValidationTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "RootQueryMissing", "type Foo { a: Int }", "Query root type must be provided." },
        { "RootNotObject", "schema { query: Q } input Q { a: Int }", "Query root type must be Object type, it cannot be Q." },
        { "RootsDifferent", "schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types." },
        { "ReservedName", "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "NoFields", "type Query { a: Empty } type Empty", "Type Empty must define one or more fields." },
        { "OutputTypeRequired", "type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In." },
        { "InputTypeRequired", "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query." },
        { "RequiredArgDeprecated", "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated." },
        { "MissingInterfaceField", "type Query { a: Node } interface Node { id: ID! } type User implements Node { name: String }", "Interface field Node.id expected but User does not provide it." },
        { "InterfaceFieldTypeMismatch", "type Query { a: Node } interface Node { id: ID! } type User implements Node { id: String }", "Interface field Node.id expects type ID! but User.id is type String." },
        { "InterfaceArgMissing", "type Query { a: Node } interface Node { f(x: Int): Int } type User implements Node { f: Int }", "Interface field argument Node.f(x:) expected but User.f does not provide it." },
        { "InterfaceArgTypeMismatch", "type Query { a: Node } interface Node { f(x: Int): Int } type User implements Node { f(x: String): Int }", "Interface field argument Node.f(x:) expects type Int but User.f(x:) is type String." },
        { "ExtraArgRequired", "type Query { a: Node } interface Node { f: Int } type User implements Node { f(x: Int!): Int }", "Argument \"User.f(x:)\" must not be required type \"Int!\" if not provided by the Interface field \"Node.f\"." },
        { "TransitiveInterface", "type Query { a: Node } interface Node { id: ID } interface Named implements Node { id: ID } type User implements Named { id: ID }", "Type User must implement Node because it is implemented by Named." },
        { "SelfImplementation", "type Query { a: Node } interface Node implements Node { id: ID }", "Type Node cannot implement itself because it would create a circular reference." },
        { "InterfaceCycle", "type Query { a: A } interface A implements B { id: ID } interface B implements A { id: ID }", "Type A cannot implement B because it would create a circular reference." },
        { "ImplementsTwice", "type Query { a: Node } interface Node { id: ID } type User implements Node & Node { id: ID }", "Type User can only implement Node once." },
        { "DeprecatedImplementation", "type Query { a: Node } interface Node { id: ID } type User implements Node { id: ID @deprecated }", "Interface field Node.id is not deprecated, so implementation field User.id must not be deprecated." },
        { "UnionEmpty", "type Query { a: U } union U", "Union type U must define one or more member types." },
        { "UnionNonObject", "type Query { a: U } union U = Query | I interface I { a: Int }", "Union type U can only include Object types, it cannot include I." },
        { "UnionDuplicate", "type Query { a: U } union U = Query | Query", "Union type U can only include type Query once." },
        { "EnumEmpty", "type Query { a: E } enum E", "Enum type E must define one or more values." },
        { "InputEmpty", "type Query { a(x: I): Int } input I", "Input Object type I must define one or more fields." },
        { "InputFieldOutputType", "type Query { a(x: I): Int } input I { q: Query }", "The type of I.q must be Input Type but got: Query." },
        { "RequiredInputFieldDeprecated", "type Query { a(x: I): Int } input I { q: Int! @deprecated }", "Required input field I.q cannot be deprecated." },
        { "OneOfNonNullField", "type Query { a(x: I): Int } input I @oneOf { q: Int! r: Int }", "OneOf input field I.q must be nullable." },
        { "OneOfDefault", "type Query { a(x: I): Int } input I @oneOf { q: Int = 1 r: Int }", "OneOf input field I.q cannot have a default value." },
        { "InputCycle", "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a." },
        { "InputSelfCycle", "type Query { a(x: A): Int } input A { self: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.self." },
        { "DirectiveReservedName", "type Query { a: Int } directive @__d on FIELD", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "DirectiveArgNotInput", "type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query." },
        { "InvalidDefault", "type Query { a(x: Int = \"one\"): Int }", "Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"one\"" },
        { "InvalidNestedDefault", "type Query { a(x: I = {v: [1, \"2\"]}): Int } input I { v: [Int] }", "Query.a(x:) has invalid default value at .v[1]: Int cannot represent non-integer value: \"2\"" },        { "DefaultCycle", "type Query { a(x: A): Int } input A { b: B = {} } input B { a: A = {} }", "Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a." },
        { "DefaultSelfCycle", "type Query { a(x: A): Int } input A { a: A = {} }", "Invalid circular reference. The default value of Input Object field A.a references itself." },
        { "DefaultCycleList", "type Query { a(x: A): Int } input A { x: [A] = [{}] }", "Invalid circular reference. The default value of Input Object field A.x references itself." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheProblemNamingTheElementAtFault(string rule, string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.True(exception.Errors.Any(e => e.Message == expected), $"{rule}: got {string.Join(" | ", exception.Errors)}");
    }

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(
            "type Query { a: Node } interface Node { id: ID! } type User implements Node { id: String } enum E input I"));

        Assert.Equal(
            ["Interface field Node.id expects type ID! but User.id is type String.", "Enum type E must define one or more values.", "Input Object type I must define one or more fields."],
            exception.Errors.Select(e => e.Message));
        Assert.Contains("Interface field Node.id expects type ID! but User.id is type String.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsCarryTheSdlNodesAtFault()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a(x: Int! @deprecated): Int }"));

        Assert.Equal([1, 1], exception.Errors[0].Nodes.Select(n => n.Location.Line));
    }

    [Fact]
    public void ADirectiveNeedsALocation()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Create()
            .Object("Query", t => t.Field("a").Type("Int"))
            .Directive("d", d => d.Argument("x", "Int"))
            .Build());

        Assert.Equal("Directive @d must include 1 or more locations.", exception.Errors.Single().Message);
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: E } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query { a: Int @specifiedBy(url: \"x\") }", "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("directive @d(x: Int!) on FIELD_DEFINITION type Query { a: Int @d }", "Argument \"@d(x:)\" of type \"Int!\" is required, but it was not provided.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\".")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("directive @include on FIELD type Query { a: Int }", "Directive \"@include\" already exists in the schema. It cannot be redefined.")]
    public void SdlRulesAreCheckedToo(string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.Contains(expected, exception.Errors.Select(e => e.Message));
    }
}
