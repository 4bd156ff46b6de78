using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.1 and §5.2: executable definitions and operations.</summary>
public class DocumentAndOperationRulesTests
{
    [Fact]
    public void ExecutableDefinitions_AcceptOperationsAndFragments() =>
        AssertValid("query Q { dog { ...F } }\nfragment F on Dog { name }");

    [Fact]
    public void ExecutableDefinitions_RejectEachTypeSystemDefinitionAtItsStart() =>
        AssertInvalid("query Q { dog { name } }\nextend type Dog { color: String }\nschema { query: Query }", "2:1", "3:1");

    [Fact]
    public void ExecutableDefinitions_StillCheckDirectivesAndTypesInsideThem() =>
        // @onQuery may not be used on an object; Unknown is no type. Int is fine anywhere in type-system definitions.
        AssertInvalid("{ dog { name } }\ntype T @onQuery { a: Unknown b: Int }", "2:1", "2:8", "2:22");

    [Fact]
    public void OperationTypeExistence_RejectsAnOperationTypeWithoutRoot()
    {
        var schema = GraphQL.Types.SchemaBuilder.FromSdl("type Query { a: Int }");
        AssertInvalid(schema, "mutation M { a }\nsubscription S { a }", "1:1", "2:1");
    }

    [Fact]
    public void OperationNameUniqueness_ReportsTheFirstAndEachRepeatByName()
    {
        AssertValid("query A { dog { name } }\nquery B { dog { name } }");
        AssertInvalid("query A { dog { name } }\nmutation A { renameDog(name: \"x\") { name } }\nquery A { dog { name } }", "1:7 2:10", "1:7 3:7");
    }

    [Fact]
    public void LoneAnonymousOperation_IsAloneOrAbsent()
    {
        AssertValid("{ dog { name } }");
        AssertInvalid("{ dog { name } }\nquery Q { dog { name } }", "1:1");
    }

    [Fact]
    public void SingleRootField_AllowsOneFieldAlsoThroughFragments() =>
        AssertValid("subscription S { ...F }\nfragment F on Subscription { newMessage { body } }");

    [Fact]
    public void SingleRootField_ReportsTheExtraFieldsThroughFragments() =>
        AssertInvalid(
            "subscription S { newMessage { body } ...F }\nfragment F on Subscription { disallowedSecondRootField x: newMessage { body } }",
            "2:30 2:56");

    [Fact]
    public void SingleRootField_RejectsIntrospectionAtTheRoot() =>
        AssertInvalid("subscription { __typename }", "1:16");

    [Fact]
    public void SingleRootField_RejectsSkipAndIncludeAtTheRootSinceSeptember2025() =>
        AssertInvalid(
            "subscription S($b: Boolean!) { newMessage @include(if: $b) { body } ... @skip(if: $b) { newMessage { body } } }",
            "1:43 1:73");

    [Fact]
    public void SingleRootField_AllowsSkipAndIncludeBelowTheRoot() =>
        AssertValid("subscription S($b: Boolean!) { newMessage { body @include(if: $b) } }");

    [Fact]
    public void SingleRootField_NeedsOneFieldEvenWhenFragmentsSelectNone() =>
        AssertInvalid("subscription S { ... on Query { dog { name } } }", "1:16", "1:18");
}
