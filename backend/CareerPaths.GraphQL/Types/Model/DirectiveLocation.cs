using System.Collections.Frozen;

namespace CareerPaths.GraphQL.Types;

/// <summary>Where a directive may appear (spec §3.13, <c>__DirectiveLocation</c>).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

/// <summary>The spec names of directive locations (<c>FIELD_DEFINITION</c>…) and their classification.</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly FrozenDictionary<string, DirectiveLocation> ByName =
        Names.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => (DirectiveLocation)p.i, StringComparer.Ordinal);

    public static string ToName(DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>Locations in executable documents (spec ExecutableDirectiveLocation).</summary>
    public static bool IsExecutable(DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
