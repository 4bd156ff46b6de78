namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>Our own rules, kept apart from the spec's: query limits, and the introspection switch.</summary>
internal static class LimitRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new OperationCountLimit(),
        new DepthLimit(),
        new AliasLimit(),
        new FieldCountLimit(),
        new CostLimit(),
    ];

    public static ValidationRule Introspection { get; } = new IntrospectionDisabled();
}
