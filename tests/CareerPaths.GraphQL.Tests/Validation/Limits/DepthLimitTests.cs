using CareerPaths.GraphQL.Validation;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

public class DepthLimitTests
{
    [Fact]
    public void FifteenLevelsPassTheDefaultAndSixteenDoNot()
    {
        AssertWithinLimits(Nested(15));
        AssertExceeded(Nested(16), QueryLimits.Default, "Query depth 16 exceeds the maximum of 15.", 1, 1, 15, 16);
    }

    [Fact]
    public void DepthCountsThroughFragmentsAndInlineFragments()
    {
        const string query = """
            query Deep { node { child { ...A } } }
            fragment A on Node { child { ... on Node { child { ...B } } } }
            fragment B on Node { child { id } }
            """;
        var limits = new QueryLimits { MaxDepth = 5 };
        AssertWithinLimits(query, limits with { MaxDepth = 6 });
        AssertExceeded(query, limits, "Query depth 6 exceeds the maximum of 5.", 1, 1, 5, 6);
    }

    [Fact]
    public void TheDeepestBranchCountsAndEachOperationOnItsOwn() =>
        AssertExceeded(
            "query Shallow { node { id } }\nquery Deep { node { child { child { id } } } }",
            new QueryLimits { MaxDepth = 3 },
            "Query depth 4 exceeds the maximum of 3.", 2, 1, 3, 4);

    [Fact]
    public void NullSwitchesTheLimitOff() =>
        AssertWithinLimits(Nested(40), QueryLimits.Default with { MaxDepth = null });
}
