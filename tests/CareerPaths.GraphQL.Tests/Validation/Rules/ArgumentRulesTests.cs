using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.4: argument names, uniqueness and required arguments, on fields and directives.</summary>
public class ArgumentRulesTests
{
    [Fact]
    public void ArgumentNames_AcceptDefinedArgumentsOfFieldsAndDirectives() =>
        AssertValid("{ dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) @include(if: true) } }");

    [Fact]
    public void ArgumentNames_RejectUnknownArgumentsOfFieldsAndDirectives()
    {
        var errors = AssertInvalid(
            "{ dog { doesKnowCommand(command: SIT, dogCommand: SIT) isHouseTrained(atOtherHomes: true) @include(unless: false, if: true) } }",
            "1:25", "1:100");
        Assert.Equal("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", errors[0].Message);
        Assert.Equal("Unknown argument \"unless\" on directive \"@include\".", errors[1].Message);
    }

    [Fact]
    public void ArgumentNames_LeaveArgumentsOfUnknownDirectivesAlone() =>
        AssertInvalid("{ dog { name @unknown(anything: 1) } }", "1:14");

    [Fact]
    public void ArgumentUniqueness_ReportsEveryOccurrenceOfARepeatedNameInOneError() =>
        AssertInvalid(
            "{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: DOWN, dogCommand: HEEL) name @tag(name: \"a\", name: \"b\") } }",
            "1:25 1:42 1:60", "1:88 1:99");

    [Fact]
    public void RequiredArguments_AcceptAnyOrderAndDefaultedNonNullArguments() =>
        AssertValid("{ arguments { multipleRequirements(y: 2, x: 1) nonNullBooleanArgField(nonNullBooleanArg: true) optionalNonNullBooleanArgField } }");

    [Fact]
    public void RequiredArguments_RejectMissingArgumentsOfFieldsAndDirectivesAtTheirNode()
    {
        var errors = AssertInvalid(
            "{ arguments { multipleRequirements(x: 1) nonNullBooleanArgField optionalNonNullBooleanArgField booleanArgField } dog { name @include } }",
            "1:15", "1:42", "1:125");
        Assert.Equal("Argument \"Arguments.multipleRequirements(y:)\" of type \"Int!\" is required, but it was not provided.", errors[0].Message);
        Assert.Equal("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", errors[2].Message);
    }

    [Fact]
    public void RequiredArguments_NullForANonNullArgumentIsAValueError() =>
        AssertInvalid("{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }", "1:57");
}
