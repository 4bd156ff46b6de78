using CareerPaths.GraphQL.Validation;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

public class OperationCountLimitTests
{
    private static string Operations(int count) =>
        string.Join("\n", Enumerable.Range(1, count).Select(i => $"query Q{i} {{ node {{ id }} }}"));

    [Fact]
    public void DocumentsWithAFewOperationsStayFine()
    {
        AssertWithinLimits(Operations(2));
        AssertWithinLimits(Operations(3));
        AssertWithinLimits("query Q { node { id } }\nmutation M { touch }");
        AssertWithinLimits(Operations(5));
    }

    [Fact]
    public void TheFirstOperationBeyondTheMaximumIsReported() =>
        AssertExceeded(Operations(7), QueryLimits.Default,
            "The document has 7 operations, more than the maximum of 5.", 6, 1, 5, 7);
}
