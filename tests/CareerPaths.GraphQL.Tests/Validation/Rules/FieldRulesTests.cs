using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections and §5.3.3 Leaf Field Selections (merging has its own file).</summary>
public class FieldRulesTests
{
    [Fact]
    public void FieldSelections_AcceptInterfaceFieldsAndTypenameOnUnions() =>
        AssertValid("{ pet { name ... on Dog { barkVolume } } catOrDog { __typename ... on Pet { name } } }");

    [Fact]
    public void FieldSelections_RejectUndefinedFieldsEvenBehindAnAlias()
    {
        var errors = AssertInvalid(
            "fragment fieldNotDefined on Dog { meowVolume }\nfragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }\n{ dog { ...fieldNotDefined ...aliasedLyingFieldTargetNotDefined } }",
            "1:35", "2:53");
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", errors[0].Message);
    }

    [Fact]
    public void FieldSelections_SuggestTypesThatHaveTheFieldOnAbstractTypes()
    {
        var errors = AssertInvalid("{ pet { nickname } catOrDog { name } }", "1:9", "1:31");
        Assert.Equal("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", errors[0].Message);
        Assert.Equal("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", errors[1].Message);
    }

    [Fact]
    public void FieldSelections_OfferTheSchemaAndTypeMetaFieldsOnlyOnTheQueryType() =>
        AssertInvalid("{ __schema { queryType { name } } dog { __typename __type(name: \"Dog\") { name } } }", "1:52");

    [Fact]
    public void LeafFieldSelections_AcceptLeavesWithoutAndCompositesWithSelections() =>
        AssertValid("{ dog { name } pet { name } catOrDog { __typename } }");

    [Fact]
    public void LeafFieldSelections_RejectASelectionOnALeafAtTheSelectionAndAMissingOneAtTheField()
    {
        var errors = AssertInvalid("{ dog { barkVolume { sinceWhen } } human }", "1:20", "1:36");
        Assert.Equal("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", errors[1].Message);
    }
}
