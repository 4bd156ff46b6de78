using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>The error of a broken query limit: located, coded <c>QUERY_LIMIT_EXCEEDED</c>, with both numbers.</summary>
internal static class LimitError
{
    public static GraphQLError Exceeded(string message, SyntaxNode node, long limit, long actual) => new(
        message,
        [ErrorLocation.Of(node)],
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.LimitExceeded,
            ["limit"] = limit,
            ["actual"] = actual,
        });
}

/// <summary>Arithmetic on non-negative counts that sticks at <see cref="long.MaxValue"/> instead of overflowing.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
