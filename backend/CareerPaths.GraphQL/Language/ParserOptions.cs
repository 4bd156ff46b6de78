namespace CareerPaths.GraphQL.Language;

/// <summary>Limits that keep a hostile document from costing more than it should to parse.</summary>
public sealed record ParserOptions
{
    public const int DefaultMaxTokens = 15_000;

    public const int DefaultMaxDepth = 128;

    /// <summary>The limits for requests: <see cref="DefaultMaxTokens"/> and <see cref="DefaultMaxDepth"/>.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>For trusted sources such as a schema's own SDL: no token limit, the usual depth limit.</summary>
    public static ParserOptions Trusted { get; } = new() { MaxTokens = int.MaxValue };

    /// <summary>The most lexical tokens (not counting ignored ones or the end of file) a document may have.</summary>
    public int MaxTokens { get; init; } = DefaultMaxTokens;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types, counted together.
    /// It bounds the parser's recursion, and that of everything that later walks the tree.
    /// </summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;
}
