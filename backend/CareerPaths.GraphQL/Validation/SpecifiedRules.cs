using CareerPaths.GraphQL.Validation.Rules;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// The rules of spec §5 (September 2025), one class each, in the order graphql-js 17 runs its
/// <c>specifiedRules</c> (without the defer/stream rules, which check directives the spec does not have).
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitions(),
        new OperationTypeExistence(),
        new OperationNameUniqueness(),
        new LoneAnonymousOperation(),
        new SingleRootField(),
        new FragmentSpreadTypeExistence(),
        new FragmentsOnCompositeTypes(),
        new VariablesAreInputTypes(),
        new LeafFieldSelections(),
        new FieldSelections(),
        new FragmentNameUniqueness(),
        new FragmentSpreadTargetDefined(),
        new FragmentsMustBeUsed(),
        new FragmentSpreadIsPossible(),
        new FragmentSpreadsMustNotFormCycles(),
        new VariableUniqueness(),
        new AllVariableUsesDefined(),
        new AllVariablesUsed(),
        new DirectivesAreDefined(),
        new DirectivesAreInValidLocations(),
        new DirectivesAreUniquePerLocation(),
        new ArgumentNames(),
        new ArgumentUniqueness(),
        new ValuesOfCorrectType(),
        new InputObjectFieldNames(),
        new InputObjectRequiredFields(),
        new RequiredArguments(),
        new AllVariableUsagesAreAllowed(),
        new FieldSelectionMerging(),
        new InputObjectFieldUniqueness(),
    ];
}
