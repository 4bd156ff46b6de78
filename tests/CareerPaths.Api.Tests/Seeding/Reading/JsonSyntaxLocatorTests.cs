using System.Text;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Tests.Seeding.Reading;

public sealed class JsonSyntaxLocatorTests
{
    [Fact]
    public void WellFormedJsonHasNoError() => Assert.Null(JsonSyntaxLocator.FindError("""{ "a": [1, {"b": 2}] }"""u8));

    [Fact]
    public void AMissingCommaIsPlacedAfterTheLastValueRead()
    {
        var json = "{\n  \"roles\": [\n    { \"code\": \"a\" },\n    { \"code\": \"b\" \"name\": \"B\" }\n  ]\n}";

        var (path, reason) = JsonSyntaxLocator.FindError(Encoding.UTF8.GetBytes(json))!.Value;

        Assert.Equal("$.roles[1].code", path);
        Assert.StartsWith("invalid JSON at line 4, column 19:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailingCommaIsReportedInsideItsArray()
    {
        var (path, reason) = JsonSyntaxLocator.FindError("""{ "skills": [ 1, 2, ] }"""u8)!.Value;

        Assert.Equal("$.skills[1]", path);
        Assert.Contains("line 1", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnterminatedDocumentIsReported()
    {
        var error = JsonSyntaxLocator.FindError("""{ "people": [ { "name": "Ada" """u8);

        Assert.NotNull(error);
        Assert.Equal("$.people[0].name", error.Value.Path);
    }
}
