// graphql-js validation rules and the spec §5 sections (September 2025 edition) each one implements.
// Cases are tagged with the graphql-js rule name; this table says what that means in spec terms, and
// is what README.md's rule list is written from.
export const RULES = Object.freeze({
  ExecutableDefinitionsRule: ['5.1.1 Executable Definitions'],
  KnownOperationTypesRule: ['5.2.1.1 Operation Type Existence'],
  UniqueOperationNamesRule: ['5.2.2.1 Operation Name Uniqueness'],
  LoneAnonymousOperationRule: ['5.2.3.1 Lone Anonymous Operation'],
  SingleFieldSubscriptionsRule: ['5.2.4.1 Single Root Field'],
  FieldsOnCorrectTypeRule: ['5.3.1 Field Selections'],
  OverlappingFieldsCanBeMergedRule: ['5.3.2 Field Selection Merging'],
  ScalarLeafsRule: ['5.3.3 Leaf Field Selections'],
  KnownArgumentNamesRule: ['5.4.1 Argument Names'],
  UniqueArgumentNamesRule: ['5.4.2 Argument Uniqueness'],
  ProvidedRequiredArgumentsRule: ['5.4.2.1 Required Arguments'],
  UniqueFragmentNamesRule: ['5.5.1.1 Fragment Name Uniqueness'],
  KnownTypeNamesRule: ['5.5.1.2 Fragment Spread Type Existence', '5.8.2 Variables Are Input Types (unknown type)'],
  FragmentsOnCompositeTypesRule: ['5.5.1.3 Fragments on Composite Types'],
  NoUnusedFragmentsRule: ['5.5.1.4 Fragments Must Be Used'],
  KnownFragmentNamesRule: ['5.5.2.1 Fragment Spread Target Defined'],
  NoFragmentCyclesRule: ['5.5.2.2 Fragment Spreads Must Not Form Cycles'],
  PossibleFragmentSpreadsRule: ['5.5.2.3 Fragment Spread Is Possible'],
  ValuesOfCorrectTypeRule: [
    '5.6.1 Values of Correct Type',
    '5.6.2 Input Object Field Names',
    '5.6.4 Input Object Required Fields',
    'OneOf Input Objects (literals)',
  ],
  UniqueInputFieldNamesRule: ['5.6.3 Input Object Field Uniqueness'],
  KnownDirectivesRule: ['5.7.1 Directives Are Defined', '5.7.2 Directives Are in Valid Locations'],
  UniqueDirectivesPerLocationRule: ['5.7.3 Directives Are Unique per Location'],
  UniqueVariableNamesRule: ['5.8.1 Variable Uniqueness'],
  VariablesAreInputTypesRule: ['5.8.2 Variables Are Input Types'],
  NoUndefinedVariablesRule: ['5.8.3 All Variable Uses Defined'],
  NoUnusedVariablesRule: ['5.8.4 All Variables Used'],
  VariablesInAllowedPositionRule: ['5.8.5 All Variable Usages Are Allowed', 'OneOf Input Objects (variables)'],
});

export const RULE_NAMES = Object.freeze(Object.keys(RULES));
