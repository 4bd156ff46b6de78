namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>Our own rules, kept apart from the spec's: query limits, and the introspection switch.</summary>
internal static class LimitRules
{
    public static IReadOnlyList<ValidationRule> All { get; } = [];

    public static ValidationRule Introspection { get; } = new IntrospectionDisabled();
}
