using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;
using static CareerPaths.GraphQL.Tests.Types.Coercion.CoercionSchema;

namespace CareerPaths.GraphQL.Tests.Types.Coercion;

// Literal input coercion (graphql-js coerceInputLiteral) and its explanations (validateInputLiteral).
public class LiteralCoercionTests
{
    private static readonly Dictionary<string, object?> Variables = new() { ["one"] = 1, ["nothing"] = null, ["absent"] = Undefined.Value };

    private static (bool Ok, object? Value) Coerce(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var ok = LiteralCoercion.TryCoerceInputLiteral(Parser.ParseValue(literal), Type(type), variables ?? Variables, out var value);
        return (ok, value);
    }

    private static string[] Explain(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var errors = new List<InputCoercionError>();
        LiteralValidation.ValidateInputLiteral(Parser.ParseValue(literal), Type(type), errors, variables);
        return errors.Select(e => e.ToString()).ToArray();
    }

    [Fact]
    public void VariablesAreReplacedByTheirCoercedValues()
    {
        Assert.Equal((true, (object?)1), Coerce("$one", "Int"));
        Assert.Equal(new object?[] { 1, null, null }, (object?[])Coerce("[$one, $nothing, $absent]", "[Int]").Value!);
        Assert.False(Coerce("[$one, $nothing]", "[Int!]").Ok);
        Assert.False(Coerce("$nothing", "Int!").Ok);
    }

    [Fact]
    public void AnAbsentVariableInAnInputObjectFieldLeavesTheFieldAbsentOrDefaulted()
    {
        var point = (IReadOnlyDictionary<string, object?>)Coerce("{x: 1, y: $absent, label: $absent}", "Point").Value!;

        Assert.Equal(0, point["y"]);
        Assert.False(point.ContainsKey("label"));
        Assert.False(Coerce("{x: $absent}", "Point").Ok);
    }

    [Fact]
    public void OneOfLiteralsNeedExactlyOneNonNullField()
    {
        Assert.True(Coerce("{id: 1}", "Pick").Ok);
        Assert.False(Coerce("{id: 1, name: \"n\"}", "Pick").Ok);
        Assert.False(Coerce("{id: null}", "Pick").Ok);
        Assert.False(Coerce("{id: $nothing}", "Pick").Ok);
        Assert.Equal(
            ["Expected variable \"$absent\" provided to field \"id\" for OneOf Input Object type \"Pick\" to provide a runtime value."],
            Explain("{id: $absent}", "Pick", Variables));
    }

    [Fact]
    public void InvalidLiteralsAreExplainedWithPaths()
    {
        Assert.Equal(
            [
                "Expected value of type \"Point\" to include required field \"x\", found: { y: 1.5, tags: [\"a\", null], z: 1 }.",
                "In field \"y\": Int cannot represent non-integer value: 1.5",
                "In field \"tags[1]\": Expected value of non-null type \"String!\" not to be null.",
                "Expected value of type \"Point\" not to include unknown field \"z\", found: { y: 1.5, tags: [\"a\", null], z: 1 }.",
            ],
            Explain("{y: 1.5, tags: [\"a\", null], z: 1}", "Point"));
        Assert.Equal(["Enum \"Color\" cannot represent non-enum value: \"RED\"."], Explain("\"RED\"", "Color"));
        Assert.Empty(Explain("$anything", "Int!"));
    }

    [Fact]
    public void IsValidLiteralValueChecksStatically()
    {
        Assert.True(LiteralValidation.IsValidLiteralValue(Parser.ParseValue("[1, 2]"), Type("[Int!]!")));
        Assert.False(LiteralValidation.IsValidLiteralValue(Parser.ParseValue("[1, null]"), Type("[Int!]!")));
        Assert.False(LiteralValidation.IsValidLiteralValue(Parser.ParseValue("null"), Type("[Int!]!")));
    }
}
