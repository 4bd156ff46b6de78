using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.3.2 Field Selection Merging: one error per conflicting pair, located at both (and at the sub-fields).</summary>
public class FieldSelectionMergingTests
{
    [Fact]
    public void IdenticalFieldsAliasesAndArgumentsMerge() =>
        AssertValid("{ dog { name name otherName: name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }");

    [Fact]
    public void ArgumentsMergeAsWrittenWhateverTheirOrderOfInputFields() =>
        AssertValid("{ arguments { complexArgField(complexArg: {name: \"a\", required: true}) complexArgField(complexArg: {required: true, name: \"a\"}) } }");

    [Fact]
    public void DifferentFieldsUnderOneResponseKeyConflict()
    {
        var errors = AssertInvalid("{ dog { name: nickname name } }", "1:9 1:24");
        Assert.Equal("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", errors[0].Message);
    }

    [Fact]
    public void DifferingArgumentsConflictAlsoAValueAgainstAVariable()
    {
        AssertInvalid("{ dog { doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: HEEL) } }", "1:9 2:3");
        AssertInvalid("query($dogCommand: DogCommand!) { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) } }", "1:41 1:74");
    }

    [Fact]
    public void ArgumentsCompareAsWrittenSoOneAndOnePointZeroDiffer() =>
        AssertInvalid("{ arguments { intArgField(intArg: 1) intArgField(intArg: 1.0) } }", "1:15 1:38", "1:58");

    [Fact]
    public void FieldsOfDifferentObjectTypesMayDifferButNotInShape()
    {
        AssertValid("{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }");
        var errors = AssertInvalid("{ pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } } }", "1:22 1:57");
        Assert.Contains("they return conflicting types \"String\" and \"Int\"", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANestedConflictIsLocatedAtBothParentsAndBothSubFields()
    {
        var errors = AssertInvalid("{ dog {\n    owner { a: name }\n    owner { a: iq }\n  } }", "2:5 2:13 3:5 3:13");
        Assert.Contains("subfields \"a\" conflict because \"name\" and \"iq\" are different fields", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConflictsThroughFragmentsAreFoundForTheFieldsAndWithinTheFragment() =>
        AssertInvalid("{ dog { x: owner { name } ...F } }\nfragment F on Dog { x: owner { n: name } x: friends { name } }", "1:9 2:42", "2:21 2:42");

    [Fact]
    public void ComparingCyclicFragmentsEnds() =>
        AssertInvalid(
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name ...C }\nfragment B on Dog { x: nickname }\nfragment C on Dog { y: name ...A }",
            "2:21 3:21", "2:29 4:29");
}
