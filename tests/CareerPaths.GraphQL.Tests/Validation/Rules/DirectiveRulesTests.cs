using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.7: directives are defined, in valid locations, and unique per location.</summary>
public class DirectiveRulesTests
{
    [Fact]
    public void DirectivesAreDefinedAndInValidLocations_AcceptEveryExecutableLocation() =>
        AssertValid("query Q($v: Int @onVariable) @onQuery @tag(name: \"a\") @tag(name: \"b\") { dog @onField { ...F @onFragment ... @onFragment { name } } arguments { intArgField(intArg: $v) } }\nfragment F on Dog @onFragment { name }");

    [Fact]
    public void DirectivesAreDefined_RejectsUnknownDirectives() =>
        AssertInvalid("{ dog @unknown { name } }", "1:7");

    [Fact]
    public void DirectivesAreInValidLocations_RejectsMisplacedDirectivesIncludingTypeSystemOnes()
    {
        var errors = AssertInvalid("query Q @onField { dog @onQuery @unknown { name @schemaOnly } }", "1:9", "1:24", "1:33", "1:49");
        Assert.Equal("Directive \"@onField\" may not be used on QUERY.", errors[0].Message);
    }

    [Fact]
    public void DirectivesAreDefined_HonoursDirectiveDefinitionsWrittenInTheDocument() =>
        // The definition itself is not executable, but it makes @local known and puts it on FIELD only.
        AssertInvalid("{ dog @local { name } }\ndirective @local on FIELD", "2:1");

    [Fact]
    public void DirectivesAreUniquePerLocation_ReportsTheRepeatWithTheFirstButAllowsRepeatable() =>
        AssertInvalid(
            "{ dog @onField @onField { name @include(if: true) @include(if: false) @tag(name: \"x\") @tag(name: \"y\") } }",
            "1:7 1:16", "1:32 1:51");
}
