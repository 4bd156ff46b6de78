using System.Text.Json;
using CareerPaths.Api.Seeding.JsonSchemaValidation;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding.JsonSchemaValidation;

public sealed class JsonSchemaTests
{
    [Theory]
    [InlineData("3", true)]
    [InlineData("3.0", true)]
    [InlineData("3.5", false)]
    [InlineData("\"3\"", false)]
    public void IntegersAreNumbersWithoutAFraction(string instance, bool valid) =>
        Assert.Equal(valid, Violations("""{ "type": "integer" }""", instance).Count == 0);

    [Fact]
    public void AWrongTypeSaysWhatWasExpectedAndWhatWasFound() =>
        Assert.Equal(new SchemaViolation("$", "expected an integer, found the string \"five\""), Single("""{ "type": "integer", "minimum": 1 }""", "\"five\""));

    [Fact]
    public void ATypeListAcceptsAnyOfItsTypes()
    {
        Assert.Empty(Violations("""{ "type": ["string", "null"] }""", "null"));
        Assert.Equal("expected a string or null, found the number 1", Single("""{ "type": ["string", "null"] }""", "1").Message);
    }

    [Fact]
    public void MissingAndUnexpectedPropertiesAreNamed()
    {
        const string Schema = """{ "type": "object", "properties": { "code": {}, "name": {} }, "required": ["code"], "additionalProperties": false }""";

        var violations = Violations(Schema, """{ "name": "x", "colour": "blue" }""");

        Assert.Equal(
            [new("$", "the required property 'code' is missing"), new("$.colour", "the property 'colour' is not allowed here (allowed: code, name)")],
            violations);
    }

    [Fact]
    public void PathsLeadToTheOffendingValue()
    {
        const string Schema = """{ "properties": { "roles": { "items": { "properties": { "level": { "maximum": 7 } } } } } }""";

        Assert.Equal("$.roles[1].level", Single(Schema, """{ "roles": [ { "level": 7 }, { "level": 9 } ] }""").Path);
    }

    [Fact]
    public void PropertyNamesThatAreNotIdentifiersAreQuotedInPaths()
    {
        const string Schema = """{ "properties": { "$schema": { "const": "a" }, "levels": { "properties": { "1": { "type": "string" } } } } }""";

        var violations = Violations(Schema, """{ "$schema": "b", "levels": { "1": 1 } }""");

        Assert.Equal(["$['$schema']", "$.levels['1']"], violations.Select(violation => violation.Path));
    }

    [Fact]
    public void ArraySizesAreChecked()
    {
        Assert.Equal("has 1 items, fewer than the minimum 2", Single("""{ "minItems": 2 }""", "[1]").Message);
        Assert.Equal("has 3 items, more than the maximum 2", Single("""{ "maxItems": 2 }""", "[1, 2, 3]").Message);
    }

    [Fact]
    public void UniqueItemsComparesValuesNotText()
    {
        var violation = Single("""{ "uniqueItems": true }""", """[ { "a": 1, "b": 2.0 }, { "b": 2, "a": 1 } ]""");

        Assert.Equal("$[1]", violation.Path);
        Assert.StartsWith("repeats item 0", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumAndConstListWhatIsAllowed()
    {
        Assert.Equal("the string \"webinar\" is not one of the allowed values: \"course\", \"mentoring\"",
            Single("""{ "enum": ["course", "mentoring"] }""", "\"webinar\"").Message);
        Assert.Equal("must be \"./x.json\", found the string \"./y.json\"", Single("""{ "const": "./x.json" }""", "\"./y.json\"").Message);
    }

    [Theory]
    [InlineData("""{ "minimum": 1 }""", "0", "0 is less than the minimum 1")]
    [InlineData("""{ "maximum": 7 }""", "8", "8 is greater than the maximum 7")]
    [InlineData("""{ "exclusiveMinimum": 0 }""", "0", "0 must be greater than 0")]
    [InlineData("""{ "exclusiveMaximum": 15 }""", "15", "15 must be less than 15")]
    public void NumericBoundsAreChecked(string schema, string instance, string message) => Assert.Equal(message, Single(schema, instance).Message);

    [Fact]
    public void StringLengthsCountCharactersNotUtf16Units()
    {
        // Two emoji are two characters (four UTF-16 units).
        Assert.Empty(Violations("""{ "maxLength": 2 }""", "\"\uD83D\uDE00\uD83D\uDE00\""));
        Assert.Equal("\"abc\" is 3 characters long, shorter than the minimum 4", Single("""{ "minLength": 4 }""", "\"abc\"").Message);
    }

    [Fact]
    public void PatternsMatchAnywhereUnlessAnchored()
    {
        Assert.Empty(Violations("""{ "pattern": "b" }""", "\"abc\""));
        Assert.Equal("\"Bad Code\" does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$",
            Single("""{ "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }""", "\"Bad Code\"").Message);
    }

    [Theory]
    [InlineData("date", "2028-02-29", true)]
    [InlineData("date", "2026-02-29", false)]
    [InlineData("date", "2026-3-01", false)]
    [InlineData("uri", "https://www.isaca.org/credentialing/cism", true)]
    [InlineData("uri", "not a uri", false)]
    [InlineData("email", "ada.lovelace@careerpaths.example", true)]
    [InlineData("email", "ada.lovelace", false)]
    [InlineData("uuid", "8e8182ce-6d2e-49bf-8206-f6a60cce3e8f", true)]
    [InlineData("uuid", "8e8182ce6d2e49bf8206f6a60cce3e8f", false)]
    public void FormatsAreAsserted(string format, string value, bool valid) =>
        Assert.Equal(valid, Violations($$"""{ "format": "{{format}}" }""", JsonSerializer.Serialize(value)).Count == 0);

    [Fact]
    public void ReferencesResolveToDefinitions()
    {
        const string Schema = """{ "$defs": { "level": { "type": "integer", "maximum": 7 } }, "items": { "$ref": "#/$defs/level" } }""";

        Assert.Equal(new SchemaViolation("$[1]", "8 is greater than the maximum 7"), Single(Schema, "[1, 8]"));
    }

    [Fact]
    public void ANullableValueExplainsTheNonNullAlternative()
    {
        const string Schema = """{ "oneOf": [ { "type": "string", "pattern": "^[a-z]+$" }, { "type": "null" } ] }""";

        Assert.Empty(Violations(Schema, "null"));
        Assert.Equal("\"Bad\" does not match the pattern ^[a-z]+$", Single(Schema, "\"Bad\"").Message);
    }

    [Fact]
    public void OneOfRejectsAValueThatMatchesSeveralAlternatives() =>
        Assert.Equal("the number 5 matches 2 alternatives, but exactly one is allowed",
            Single("""{ "oneOf": [ { "minimum": 1 }, { "maximum": 9 } ] }""", "5").Message);

    [Fact]
    public void OneOfBetweenShapesUsesTheSchemaDescription()
    {
        const string Schema = """
            { "description": "Exactly one of a role or a family.",
              "oneOf": [ { "type": "object", "required": ["role"] }, { "type": "object", "required": ["family"] } ] }
            """;

        Assert.StartsWith("an object is not valid here: expected Exactly one of a role or a family (alternative 1:", Single(Schema, "{}").Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOfAllOfAndNotWork()
    {
        Assert.Empty(Violations("""{ "anyOf": [ { "minimum": 1 }, { "maximum": 9 } ] }""", "5"));
        Assert.Equal(2, Violations("""{ "allOf": [ { "minimum": 6 }, { "maximum": 4 } ] }""", "5").Count);
        Assert.Equal("the number 5 is not allowed here", Single("""{ "not": { "const": 5 } }""", "5").Message);
    }

    [Theory]
    [InlineData("""{ "if": { "const": 1 } }""", "#/if: the keyword 'if' is not supported")]
    [InlineData("""{ "format": "ipv4" }""", "#/format: the format 'ipv4' is not supported")]
    [InlineData("""{ "items": { "$ref": "#/$defs/missing" } }""", "#/items/$ref: the reference '#/$defs/missing' does not point into this schema")]
    [InlineData("""{ "type": "date" }""", "#/type: 'date' is not a JSON Schema type")]
    public void ASchemaBeyondTheSupportedSubsetIsRefusedWhenLoaded(string schema, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => JsonSchema.Parse(schema, "test.schema.json"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> RepositorySchemas() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.SeedData, "schemas"), "*.schema.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(RepositorySchemas))]
    public void EverySchemaOfTheCatalogueIsWithinTheSupportedSubset(string schemaFile) =>
        Assert.Equal(schemaFile, JsonSchema.Load(Path.Combine(RepositoryPaths.SeedData, "schemas", schemaFile)).Name);

    private static List<SchemaViolation> Violations(string schema, string instance)
    {
        using var document = JsonDocument.Parse(instance);
        return [.. JsonSchema.Parse(schema, "test.schema.json").Validate(document.RootElement)];
    }

    private static SchemaViolation Single(string schema, string instance) => Assert.Single(Violations(schema, instance));
}
