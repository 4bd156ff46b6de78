using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.8: variable uniqueness, input types, uses defined, all used, usages allowed (OneOf included).</summary>
public class VariableRulesTests
{
    [Fact]
    public void VariableUniqueness_ReportsEveryDefinitionOfARepeatedNameInOneError() =>
        AssertInvalid("query($a: Int, $a: Int, $b: Int, $a: String) { arguments { intArgField(intArg: $b) } }", "1:8 1:17 1:35", "1:7", "1:16", "1:34");

    [Fact]
    public void VariablesAreInputTypes_RejectsOutputTypesAtTheType() =>
        AssertInvalid("query($d: Dog, $p: [Pet!], $c: CatOrDog) { dog { name } }", "1:7", "1:16", "1:28", "1:11", "1:20", "1:32");

    [Fact]
    public void AllVariableUsesDefined_ReportsTheUseAndTheOperationAlsoInsideFragments() =>
        AssertInvalid("query Q { arguments { intArgField(intArg: $x) } dog { ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: $cmd) }", "1:43 1:1", "2:49 1:1");

    [Fact]
    public void AllVariableUsesDefined_ChecksAFragmentForEachOperationThatUsesIt() =>
        AssertInvalid("query A($cmd: DogCommand!) { dog { ...F } }\nquery B { dog { ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: $cmd) }", "3:49 2:1");

    [Fact]
    public void AllVariablesUsed_CountsUsesInsideFragments() =>
        AssertInvalid("query Q($unused: Int, $used: Boolean!) { dog { ...F } }\nfragment F on Dog { isHouseTrained(atOtherHomes: $used) }", "1:9");

    [Fact]
    public void AllVariableUsagesAreAllowed_ComparesTypesAndHonoursDefaults() =>
        AssertInvalid(
            "query Q($i: Int, $b: Boolean, $nb: Boolean = true, $l: [Boolean]) { arguments { a: nonNullBooleanArgField(nonNullBooleanArg: $b) b: booleanArgField(booleanArg: $i) c: nonNullBooleanArgField(nonNullBooleanArg: $nb) d: optionalNonNullBooleanArgField(optionalBooleanArg: $b) e: booleanListArgField(booleanListArg: $l) f: booleanListArgField(booleanListArg: [$b]) } }",
            "1:18 1:126", "1:9 1:161", "1:52 1:312");

    [Fact]
    public void AllVariableUsagesAreAllowed_WantsNonNullVariablesForOneOfFieldsInEveryPosition() =>
        // graphql-js 17.1 reports only the nullable position (1:86); the spec also rejects the non-null one.
        AssertInvalid(
            "query Q($id: ID, $name: String!, $by: FindBy) { arguments { a: findArgField(by: {id: $id}) b: findArgField(by: {name: $name}) c: findArgField(by: $by) d: requiredFindArgField(by: {id: $id}) } }",
            "1:9 1:86", "1:9 1:185");
}
