using System.Text.Json;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Types.ScalarTypes.ScalarTestHelpers;

namespace CareerPaths.GraphQL.Tests.Types.ScalarTypes;

public class CustomScalarTests
{
    [Fact]
    public void DateTimeRoundTripsRfc3339WithOffset()
    {
        Assert.Equal("2024-05-01T09:30:00Z", Serialize(Scalars.DateTime, new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2024-05-01T09:30:00.5+02:00", Serialize(Scalars.DateTime, new DateTimeOffset(2024, 5, 1, 9, 30, 0, 500, TimeSpan.FromHours(2))));
        Assert.Equal("2024-05-01T09:30:00Z", Serialize(Scalars.DateTime, new DateTime(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(-5)), ParseJson(Scalars.DateTime, "\"2024-05-01T09:30:00-05:00\""));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), ParseLiteral(Scalars.DateTime, "\"2024-05-01T09:30:00Z\""));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Scalars.DateTime.SpecifiedByUrl);
    }

    [Theory]
    [InlineData("\"2024-05-01T09:30:00\"", "error: DateTime cannot represent an invalid date-time string: \"2024-05-01T09:30:00\"")]
    [InlineData("\"2024-13-01T09:30:00Z\"", "error: DateTime cannot represent an invalid date-time string: \"2024-13-01T09:30:00Z\"")]
    [InlineData("1714555800", "error: DateTime cannot represent a non string value: 1714555800")]
    public void DateTimeRejectsValuesWithoutOffsetOrInvalid(string json, string expected) =>
        Assert.Equal(expected, ParseJson(Scalars.DateTime, json));

    [Fact]
    public void DateTimeRefusesADateTimeOfUnspecifiedKind() =>
        Assert.StartsWith("error: DateTime cannot represent value", (string)Serialize(Scalars.DateTime, new DateTime(2024, 5, 1))!);

    [Fact]
    public void DateRoundTripsFullDates()
    {
        Assert.Equal("2024-05-01", Serialize(Scalars.Date, new DateOnly(2024, 5, 1)));
        Assert.Equal(new DateOnly(2024, 2, 29), ParseJson(Scalars.Date, "\"2024-02-29\""));
        Assert.Equal("error: Date cannot represent an invalid date string: \"2023-02-29\"", ParseJson(Scalars.Date, "\"2023-02-29\""));
        Assert.Equal("error: Date cannot represent a non string value: 20240501", ParseLiteral(Scalars.Date, "20240501"));
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date", Scalars.Date.SpecifiedByUrl);
    }

    [Fact]
    public void AnSdlScalarWithoutConfigurationPassesJsonThroughLikeGraphQLJs()
    {
        var schema = SchemaBuilder.FromSdl("scalar Json type Query { a: Json }");
        var json = (ScalarType)schema.GetType("Json")!;
        var element = JsonDocument.Parse("""{"x":[1,2]}""").RootElement;

        Assert.Equal(element, json.Serialize(element));
        Assert.Equal(element, json.ParseValue(element));
        var literal = (Dictionary<string, object?>)ParseLiteral(json, """{ x: [1, 2.5, "s", true, null, E] }""")!;
        Assert.Equal(new object?[] { 1, 2.5, "s", true, null, "E" }, (object?[])literal["x"]!);
    }

    [Fact]
    public void DelegateScalarsUseTheirFunctions()
    {
        var upper = new DelegateScalarType("Upper", serialize: v => ((string)v).ToUpperInvariant(), parseValue: v => (v is JsonElement e ? e.GetString()! : (string)v).ToLowerInvariant());

        Assert.Equal("ABC", upper.Serialize("abc"));
        Assert.Equal("abc", upper.ParseValue(JsonDocument.Parse("\"ABC\"").RootElement));
        Assert.Equal("abc", ParseLiteral(upper, "\"ABC\""));
    }
}
