using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Types.ScalarTypes.ScalarTestHelpers;

namespace CareerPaths.GraphQL.Tests.Types.ScalarTypes;

// Expected values and messages are graphql-js 17's for the same inputs (spec §3.5).
public class BuiltInScalarTests
{
    public static TheoryData<object, object> IntResults => new()
    {
        { 1, 1 },
        { 1.0, 1 },
        { -2147483648L, -2147483648 },
        { true, 1 },
        { false, 0 },
        { "12", 12 },
        { 1.5, "error: Int cannot represent non-integer value: 1.5" },
        { 2147483648L, "error: Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "1.5", "error: Int cannot represent non-integer value: \"1.5\"" },
        { "", "error: Int cannot represent non-integer value: \"\"" },
        { double.NaN, "error: Int cannot represent non-integer value: NaN" },
    };

    [Theory]
    [MemberData(nameof(IntResults))]
    public void IntResultCoercion(object value, object expected) => Assert.Equal(expected, Serialize(Scalars.Int, value));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1.0", 1)]
    [InlineData("-2147483648", -2147483648)]
    [InlineData("1.5", "error: Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "error: Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "error: Int cannot represent non-integer value: true")]
    [InlineData("2147483648", "error: Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1e400", "error: Int cannot represent non-integer value: Infinity")]
    [InlineData("[1]", "error: Int cannot represent non-integer value: [1]")]
    public void IntInputCoercion(string json, object expected) => Assert.Equal(expected, ParseJson(Scalars.Int, json));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-0", 0)]
    [InlineData("1.5", "error: Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "error: Int cannot represent non-integer value: \"1\"")]
    [InlineData("2147483648", "error: Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("ONE", "error: Int cannot represent non-integer value: ONE")]
    public void IntLiteralCoercion(string literal, object expected) => Assert.Equal(expected, ParseLiteral(Scalars.Int, literal));

    public static TheoryData<object, object> FloatResults => new()
    {
        { 1, 1.0 },
        { 1.5, 1.5 },
        { 2.5f, 2.5 },
        { 3m, 3.0 },
        { "1.5", 1.5 },
        { true, 1.0 },
        { double.NaN, "error: Float cannot represent non numeric value: NaN" },
        { double.PositiveInfinity, "error: Float cannot represent non numeric value: Infinity" },
        { "abc", "error: Float cannot represent non numeric value: \"abc\"" },
    };

    [Theory]
    [MemberData(nameof(FloatResults))]
    public void FloatResultCoercion(object value, object expected) => Assert.Equal(expected, Serialize(Scalars.Float, value));

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("-1.5e3", -1500.0)]
    [InlineData("\"1.5\"", "error: Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("false", "error: Float cannot represent non numeric value: false")]
    public void FloatInputCoercion(string json, object expected) => Assert.Equal(expected, ParseJson(Scalars.Float, json));

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.25", 1.25)]
    [InlineData("\"1\"", "error: Float cannot represent non numeric value: \"1\"")]
    [InlineData("true", "error: Float cannot represent non numeric value: true")]
    public void FloatLiteralCoercion(string literal, object expected) => Assert.Equal(expected, ParseLiteral(Scalars.Float, literal));

    public static TheoryData<object, object> StringResults => new()
    {
        { "a", "a" },
        { 1, "1" },
        { 1.5, "1.5" },
        { 1e21, "1e+21" },
        { 100.0, "100" },
        { 0.000001, "0.000001" },
        { 1e-7, "1e-7" },
        { true, "true" },
        { double.NaN, "error: String cannot represent value: NaN" },
        { new object[] { 1 }, "error: String cannot represent value: [1]" },
    };

    [Theory]
    [MemberData(nameof(StringResults))]
    public void StringResultCoercion(object value, object expected) => Assert.Equal(expected, Serialize(Scalars.String, value));

    [Theory]
    [InlineData("\"a\"", "a")]
    [InlineData("\"\"", "")]
    [InlineData("1", "error: String cannot represent a non string value: 1")]
    [InlineData("true", "error: String cannot represent a non string value: true")]
    [InlineData("{\"a\":1}", "error: String cannot represent a non string value: { a: 1 }")]
    public void StringInputCoercion(string json, object expected) => Assert.Equal(expected, ParseJson(Scalars.String, json));

    [Theory]
    [InlineData("\"a\"", "a")]
    [InlineData("\"\"\"block\"\"\"", "block")]
    [InlineData("1", "error: String cannot represent a non string value: 1")]
    [InlineData("ENUM", "error: String cannot represent a non string value: ENUM")]
    public void StringLiteralCoercion(string literal, object expected) => Assert.Equal(expected, ParseLiteral(Scalars.String, literal));

    public static TheoryData<object, object> BooleanResults => new()
    {
        { true, true },
        { 1, true },
        { 0, false },
        { -0.5, true },
        { "true", "error: Boolean cannot represent a non boolean value: \"true\"" },
        { double.NaN, "error: Boolean cannot represent a non boolean value: NaN" },
    };

    [Theory]
    [MemberData(nameof(BooleanResults))]
    public void BooleanResultCoercion(object value, object expected) => Assert.Equal(expected, Serialize(Scalars.Boolean, value));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", "error: Boolean cannot represent a non boolean value: 1")]
    [InlineData("0", "error: Boolean cannot represent a non boolean value: 0")]
    [InlineData("\"true\"", "error: Boolean cannot represent a non boolean value: \"true\"")]
    public void BooleanInputCoercion(string json, object expected) => Assert.Equal(expected, ParseJson(Scalars.Boolean, json));

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", "error: Boolean cannot represent a non boolean value: 1")]
    public void BooleanLiteralCoercion(string literal, object expected) => Assert.Equal(expected, ParseLiteral(Scalars.Boolean, literal));

    public static TheoryData<object, object> IdResults => new()
    {
        { "abc", "abc" },
        { 42, "42" },
        { 42L, "42" },
        { 42.0, "42" },
        { 1.5, "error: ID cannot represent value: 1.5" },
        { true, "error: ID cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(IdResults))]
    public void IdResultCoercionIsAlwaysAString(object value, object expected) => Assert.Equal(expected, Serialize(Scalars.ID, value));

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("4", "4")]
    [InlineData("1.5", "error: ID cannot represent value: 1.5")]
    [InlineData("true", "error: ID cannot represent value: true")]
    public void IdInputCoercionAcceptsStringsAndIntegers(string json, object expected) => Assert.Equal(expected, ParseJson(Scalars.ID, json));

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("4", "4")]
    [InlineData("1.5", "error: ID cannot represent a non-string and non-integer value: 1.5")]
    public void IdLiteralCoercion(string literal, object expected) => Assert.Equal(expected, ParseLiteral(Scalars.ID, literal));

    [Fact]
    public void GuidsSerializeAsIds() =>
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", Serialize(Scalars.ID, Guid.Parse("6F9619FF-8B86-D011-B42D-00C04FC964FF")));
}
