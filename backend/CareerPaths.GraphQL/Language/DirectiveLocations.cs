namespace CareerPaths.GraphQL.Language;

/// <summary>The directive locations of spec §3.13, as written in SDL and returned by introspection.</summary>
public static class DirectiveLocations
{
    // Spec §3.13 ExecutableDirectiveLocation
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";

    // Spec §3.13 TypeSystemDirectiveLocation
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
    public const string Object = "OBJECT";
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";

    public static bool IsExecutableDirectiveLocation(string name) => name is
        Query or Mutation or Subscription or Field or FragmentDefinition or FragmentSpread or InlineFragment
        or VariableDefinition;

    public static bool IsTypeSystemDirectiveLocation(string name) => name is
        Schema or Scalar or Object or FieldDefinition or ArgumentDefinition or Interface or Union or Enum
        or EnumValue or InputObject or InputFieldDefinition;

    public static bool IsDirectiveLocation(string name) =>
        IsExecutableDirectiveLocation(name) || IsTypeSystemDirectiveLocation(name);
}
