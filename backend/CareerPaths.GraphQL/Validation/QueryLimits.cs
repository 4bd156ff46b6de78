namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Limits that keep a hostile document from costing more than it is worth (issue 3, item 7). Every limit is
/// optional (null switches it off); breaking one is a validation error with <c>extensions.code</c>
/// <c>QUERY_LIMIT_EXCEEDED</c>. See docs/graphql-engine/validation.md for how each is counted.
/// </summary>
public sealed record QueryLimits
{
    /// <summary>Sane defaults for a public API; the full GraphiQL introspection query stays within them.</summary>
    public static QueryLimits Default { get; } = new();

    /// <summary>The deepest nesting of fields, through fragments (<c>{ a { b } }</c> is 2).</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The most aliased fields in one operation, fragments expanded.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The most fields in one operation with every fragment spread expanded.</summary>
    public int? MaxFields { get; init; } = 1_000;

    /// <summary>The most operations in one document.</summary>
    public int? MaxOperations { get; init; } = 5;

    /// <summary>The highest cost of one operation (see <see cref="Limits.CostAnalyzer"/>).</summary>
    public long? MaxCost { get; init; } = 10_000;
}
