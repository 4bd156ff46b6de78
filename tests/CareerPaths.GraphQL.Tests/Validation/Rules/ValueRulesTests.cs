using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.6: values of correct type (OneOf included), input object field names, uniqueness and required fields.</summary>
public class ValueRulesTests
{
    [Fact]
    public void ValuesOfCorrectType_AcceptCoercibleLiteralsAndDefaults() =>
        AssertValid("query goodComplexDefaultValue($search: ComplexInput = { name: \"Fido\", required: true }) { arguments { complexArgField(complexArg: $search) floatArgField(floatArg: 123) booleanArgField(booleanArg: true) jsonArgField(json: {any: [1, \"x\"]}) } }");

    [Fact]
    public void ValuesOfCorrectType_RejectEachUncoercibleLiteralAtItself()
    {
        var errors = AssertInvalid(
            "{ arguments { intArgField(intArg: \"123\") booleanListArgField(booleanListArg: [true, 1, null]) } dog { doesKnowCommand(dogCommand: \"SIT\") } }",
            "1:35", "1:85", "1:131");
        Assert.Equal("Int cannot represent non-integer value: \"123\"", errors[0].Message);
    }

    [Fact]
    public void ValuesOfCorrectType_CheckVariableDefaults() =>
        AssertInvalid("query($v: Int = \"x\", $w: [Int] = [1, \"y\"]) { arguments { intArgField(intArg: $v) } }", "1:22", "1:17", "1:38");

    [Fact]
    public void ValuesOfCorrectType_WantAnObjectForAnInputObject() =>
        AssertInvalid("{ arguments { complexArgField(complexArg: \"notAnObject\") } }", "1:43");

    [Fact]
    public void ValuesOfCorrectType_WantExactlyOneNonNullFieldInAOneOfLiteral() =>
        AssertInvalid(
            "{ arguments { a: findArgField(by: {id: \"1\"}) b: findArgField(by: {id: \"1\", name: \"x\"}) c: findArgField(by: {id: null}) d: findArgField(by: {}) } }",
            "1:66", "1:108", "1:140");

    [Fact]
    public void InputObjectFieldNames_RejectUnknownFieldsAtTheField()
    {
        var errors = AssertInvalid("{ arguments { complexArgField(complexArg: {favoriteCookieFlavor: \"Bacon\", required: true}) } }", "1:44");
        Assert.StartsWith("Expected value of type \"ComplexInput\" not to include unknown field \"favoriteCookieFlavor\"", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputObjectRequiredFields_RejectMissingFieldsAtTheObjectAtAnyDepth() =>
        AssertInvalid(
            "{ arguments { complexArgField(complexArg: {name: \"x\"}) a: complexArgField(complexArg: {required: true, nested: {name: \"y\"}}) } }",
            "1:43", "1:112");

    [Fact]
    public void InputObjectFieldUniqueness_ReportsEachRepeatWithTheFirstAtAnyDepthAndInCustomScalars() =>
        AssertInvalid(
            "{ arguments { complexArgField(complexArg: {required: true, required: false, nested: {name: \"a\", name: \"b\", required: true}}) jsonArgField(json: {a: 1, a: 2}) } }",
            "1:44 1:60", "1:86 1:97", "1:146 1:152");

    [Fact]
    public void ValuesOfCorrectType_ReportAnyFailureOfACustomScalarAsAnInvalidValue()
    {
        var evenOnly = new DelegateScalarType("Even", parseLiteral: node => node is IntValueNode { Value: "2" } ? 2 : throw new InvalidOperationException("odd"));
        var schema = SchemaBuilder.Create().AddSdl("type Query { f(e: Even): Int }").Scalar(evenOnly).Build();
        AssertValid("{ f(e: 2) }", schema);
        var error = Assert.Single(AssertInvalid(schema, "{ f(e: 3) }", "1:8"));
        Assert.Equal("Expected value of type \"Even\", but encountered error \"odd\"; found: 3.", error.Message);
    }
}
