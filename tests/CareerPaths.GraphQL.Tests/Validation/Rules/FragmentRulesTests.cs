using static CareerPaths.GraphQL.Tests.Validation.ValidationAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.5: fragment declarations and fragment spreads (the spec's own examples, among others).</summary>
public class FragmentRulesTests
{
    [Fact]
    public void FragmentNameUniqueness_AcceptsDistinctNames() =>
        AssertValid("{ dog { ...fragmentOne ...fragmentTwo } }\nfragment fragmentOne on Dog { name }\nfragment fragmentTwo on Dog { owner { name } }");

    [Fact]
    public void FragmentNameUniqueness_ReportsBothNames() =>
        AssertInvalid("{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }", "2:10 3:10");

    [Fact]
    public void FragmentSpreadTypeExistence_RejectsUnknownTypeConditions() =>
        AssertInvalid(
            "fragment notOnExistingType on NotInSchema { name }\nfragment inlineNotExistingType on Dog { ... on NotInSchema { name } }\n{ dog { ...notOnExistingType ...inlineNotExistingType } }",
            "1:31", "2:48");

    [Fact]
    public void FragmentSpreadTypeExistence_AlsoCoversVariableTypes() =>
        AssertInvalid("query($v: Unknown, $w: [Missing!]) { dog { name } }", "1:7", "1:20", "1:11", "1:25");

    [Fact]
    public void FragmentsOnCompositeTypes_RejectScalarConditionsAtTheCondition() =>
        AssertInvalid(
            "fragment fragOnScalar on Int { something }\nfragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }\n{ dog { ...inlineFragOnScalar } }",
            "1:26", "2:45", "1:1");

    [Fact]
    public void FragmentsMustBeUsed_CountsUseThroughOtherFragmentsButNotThroughUnusedOnes()
    {
        AssertInvalid("fragment nameFragment on Dog { name }\n{ dog { name } }", "1:1");
        AssertInvalid(
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { name }\nfragment C on Dog { ...D }\nfragment D on Dog { ...C }",
            "4:21 5:21", "4:1", "5:1");
    }

    [Fact]
    public void FragmentSpreadTargetDefined_ReportsTheSpreadName() =>
        AssertInvalid("{ dog { ...undefinedFragment } }", "1:12");

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_ReportsEverySpreadOfTheCycle()
    {
        AssertInvalid("{ dog { ...A } }\nfragment A on Dog { ...A }", "2:21");
        AssertInvalid(
            "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
            "2:37 3:49");
        AssertInvalid(
            "{ dog { ...dogFragment } }\nfragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }",
            "2:44 3:47");
    }

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_ReportsEachCycleFoundFromTheFirstFragment() =>
        AssertInvalid(
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...C ...A }\nfragment C on Dog { ...A ...B }",
            "2:21 3:21 4:21", "3:21 4:26", "2:21 3:26");

    [Fact]
    public void FragmentSpreadIsPossible_AcceptsOverlappingTypes() =>
        AssertValid("""
            fragment dogFragment on Dog { ... on Dog { barkVolume } }
            fragment petNameFragment on Pet { name }
            fragment interfaceWithinObjectFragment on Dog { ...petNameFragment }
            fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }
            fragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }
            fragment petFragment on Pet { name ... on Dog { barkVolume } }
            fragment unionWithInterface on Pet { ...dogOrHumanFragment }
            fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }
            fragment canineInPet on Pet { ... on Canine { barkVolume } }
            { dog { ...dogFragment ...interfaceWithinObjectFragment ...unionWithObjectFragment } pet { ...petFragment ...unionWithInterface ...canineInPet } }
            """);

    [Fact]
    public void FragmentSpreadIsPossible_RejectsDisjointTypesAtTheSpread() =>
        AssertInvalid(
            """
            fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }
            fragment sentientFragment on Sentient { ... on Dog { barkVolume } }
            fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }
            fragment nonIntersectingInterfaces on Pet { ...sentientFragment }
            { dog { ...catInDogFragmentInvalid } humanOrAlien { ...humanOrAlienFragment } pet { ...nonIntersectingInterfaces } }
            """,
            "1:43", "2:41", "3:49", "4:45");
}
