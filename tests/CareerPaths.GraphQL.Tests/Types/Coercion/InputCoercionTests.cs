using System.Text.Json;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;
using static CareerPaths.GraphQL.Tests.Types.Coercion.CoercionSchema;

namespace CareerPaths.GraphQL.Tests.Types.Coercion;

// Spec §3.10, §3.12, §3.13 input coercion of variable values (JSON), as graphql-js coerceInputValue/validateInputValue.
public class InputCoercionTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static (bool Ok, object? Value, string[] Errors) Coerce(object? value, string type)
    {
        var errors = new List<InputCoercionError>();
        var ok = InputCoercion.CoerceInputValue(value, Type(type), errors, out var coerced);
        Assert.Equal(ok, InputCoercion.TryCoerceInputValue(value, Type(type), out _));
        return (ok, coerced, errors.Select(e => e.ToString()).ToArray());
    }

    [Theory]
    [InlineData("[1,2]", new[] { 1, 2 })]
    [InlineData("3", new[] { 3 })]
    public void ListsAcceptAListOrOneItem(string json, int[] expected)
    {
        var (ok, value, _) = Coerce(Json(json), "[Int]");

        Assert.True(ok);
        Assert.Equal(expected.Cast<object>(), (object?[])value!);
    }

    [Fact]
    public void NullItemsAreAllowedOnlyInListsOfNullable()
    {
        Assert.Equal(new object?[] { 1, null }, (object?[])Coerce(Json("[1,null]"), "[Int]").Value!);

        var (ok, _, errors) = Coerce(Json("[1,null]"), "[Int!]");

        Assert.False(ok);
        Assert.Equal(["In field \"[1]\": Expected value of non-null type \"Int!\" not to be null."], errors);
    }

    [Fact]
    public void NestedListsOfOneItemWrapAtEachLevel() =>
        Assert.Equal(new object?[] { new object?[] { 1 } }, (object?[])Coerce(Json("1"), "[[Int]]").Value!, new NestedComparer());

    [Fact]
    public void NullAndAbsentAreDifferentForNonNullTypes()
    {
        Assert.Equal(["Expected value of non-null type \"Int!\" not to be null."], Coerce(null, "Int!").Errors);
        Assert.Equal(["Expected a value of non-null type \"Int!\" to be provided."], Coerce(Undefined.Value, "Int!").Errors);
        Assert.Equal((true, (object?)null), (Coerce(Json("null"), "Int").Ok, Coerce(Json("null"), "Int").Value));
    }

    [Fact]
    public void InputObjectsApplyDefaultsKeepFieldOrderAndLeaveAbsentFieldsOut()
    {
        var (ok, value, _) = Coerce(Json("""{"label":"a","x":1}"""), "Point");

        Assert.True(ok);
        var point = (IReadOnlyDictionary<string, object?>)value!;
        Assert.Equal(["x", "y", "label"], point.Keys);
        Assert.Equal(1, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.False(point.ContainsKey("tags"));
    }

    [Fact]
    public void AnExplicitNullFieldIsKeptAsNull()
    {
        var point = (IReadOnlyDictionary<string, object?>)Coerce(Json("""{"x":1,"label":null}"""), "Point").Value!;

        Assert.True(point.ContainsKey("label"));
        Assert.Null(point["label"]);
    }

    [Fact]
    public void InputObjectErrorsNameTheFieldAndCollectEveryProblem()
    {
        var (ok, _, errors) = Coerce(Json("""{"y":"a","z":1,"tags":["ok",null]}"""), "Point");

        Assert.False(ok);
        Assert.Equal(
            [
                "Expected value of type \"Point\" to include required field \"x\", found: { y: \"a\", z: 1, tags: [\"ok\", null] }.",
                "In field \"y\": Int cannot represent non-integer value: \"a\"",
                "In field \"tags[1]\": Expected value of non-null type \"String!\" not to be null.",
                "Expected value of type \"Point\" not to include unknown field \"z\", found: { y: \"a\", z: 1, tags: [\"ok\", null] }.",
            ],
            errors);
    }

    [Fact]
    public void AnInputObjectMustBeAnObject() =>
        Assert.Equal(["Expected value of type \"Point\" to be an object, found: [1]."], Coerce(Json("[1]"), "Point").Errors);

    [Theory]
    [InlineData("""{"id":"1"}""", true)]
    [InlineData("""{"name":"n"}""", true)]
    [InlineData("""{}""", false)]
    [InlineData("""{"id":"1","name":"n"}""", false)]
    [InlineData("""{"id":null}""", false)]
    public void OneOfInputObjectsNeedExactlyOneNonNullField(string json, bool valid)
    {
        var (ok, _, errors) = Coerce(Json(json), "Pick");

        Assert.Equal(valid, ok);
        if (!valid)
        {
            Assert.Contains(errors, e => e.EndsWith("Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EnumsAcceptNamesOnly()
    {
        Assert.Equal("RED", Coerce(Json("\"RED\""), "Color").Value);
        Assert.Equal(["Value \"BLUE\" does not exist in \"Color\" enum."], Coerce(Json("\"BLUE\""), "Color").Errors);
        Assert.Equal(["Enum \"Color\" cannot represent non-string value: 1."], Coerce(Json("1"), "Color").Errors);
    }

    [Fact]
    public void PlainDotNetValuesAreAcceptedLikeJson()
    {
        var value = new Dictionary<string, object?> { ["x"] = 2, ["tags"] = new List<object?> { "a" }, ["label"] = Undefined.Value };

        var point = (IReadOnlyDictionary<string, object?>)Coerce(value, "Point").Value!;

        Assert.Equal(2, point["x"]);
        Assert.Equal(new object?[] { "a" }, (object?[])point["tags"]!);
        Assert.False(point.ContainsKey("label"));
    }

    private sealed class NestedComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) =>
            x is object?[] a && y is object?[] b ? a.Length == b.Length && a.Zip(b).All(p => Equals(p.First, p.Second)) : object.Equals(x, y);

        public int GetHashCode(object? obj) => 0;
    }
}
