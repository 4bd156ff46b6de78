namespace CareerPaths.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates: which rules, which limits, how errors read.</summary>
public sealed record ValidationOptions
{
    /// <summary>The spec rules, no query limits, no suggestions, at most 100 errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run; the spec §5 rules unless replaced.</summary>
    public ValidationRuleSet Rules { get; init; } = ValidationRuleSet.Specified;

    /// <summary>Our limits against hostile documents (depth, aliases, fields, operations, cost); null: none.</summary>
    public QueryLimits? Limits { get; init; }

    /// <summary>
    /// After this many errors validation stops and adds one more, "Too many validation errors…", as
    /// graphql-js does (its default is 100 too).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether messages may end with "Did you mean …?". Off by default: suggestions reveal the schema,
    /// which a production API with introspection switched off must not do.
    /// </summary>
    public bool IncludeSuggestions { get; init; }
}
