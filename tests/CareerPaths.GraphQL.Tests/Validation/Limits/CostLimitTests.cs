using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation;
using CareerPaths.GraphQL.Validation.Limits;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

public class CostLimitTests
{
    private static long Cost(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        return CostAnalyzer.Compute(Schema, document, document.Definitions.OfType<OperationDefinitionNode>().First(), variables);
    }

    [Fact]
    public void EveryFieldCostsOneUnlessConfigured()
    {
        Assert.Equal(3, Cost("{ node { id name } }"));
        Assert.Equal(51, Cost("{ expensive __typename }"));
    }

    [Fact]
    public void ListSizeArgumentsMultiplyTheCostBelowTheField()
    {
        Assert.Equal(1 + (10 * 2), Cost("{ nodes(first: 10) { id name } }"));
        Assert.Equal(1 + (30 * 2), Cost("{ nodes(first: 10, last: 30) { id name } }"));
        Assert.Equal(1 + (10 * (1 + (1 + 1) + (2 + (5 * 1)))), Cost("{ nodes(first: 10) { id child { id } children(first: 5) { id } } }"));
    }

    [Fact]
    public void WithoutAListSizeValueTheAssumedListSizeApplies()
    {
        Assert.Equal(1 + (25 * 2), Cost("{ feed { id name } }"));
        Assert.Equal(1 + (3 * 2), Cost("{ feed(first: 3) { id name } }"));
    }

    [Fact]
    public void WithoutAValueTheArgumentDefaultOrOneApplies()
    {
        Assert.Equal(1 + (20 * 1), Cost("{ pages { id } }"));
        Assert.Equal(1 + 1, Cost("{ nodes { id } }"));
    }

    [Fact]
    public void VariablesCountWithTheirValuesOrElseTheirDefaults()
    {
        const string query = "query Q($n: Int = 4, $m: Int) { a: nodes(first: $n) { id } b: pages(first: $m) { id } }";
        Assert.Equal(1 + 4 + 1 + 20, Cost(query));
        Assert.Equal(1 + 100 + 1 + 7, Cost(query, new Dictionary<string, object?> { ["n"] = 100, ["m"] = 7 }));
    }

    [Fact]
    public void FragmentsCountWhereverTheyAreSpread() =>
        Assert.Equal(1 + (10 * (1 + 2)) + 1 + 3, Cost("{ nodes(first: 10) { ...F } node { ...F } }\nfragment F on Node { id child { id } }"));

    [Fact]
    public void HugeListSizesSaturateInsteadOfOverflowing() =>
        Assert.Equal(long.MaxValue, Cost("{ nodes(first: 2147483647) { children(first: 2147483647) { children(first: 2147483647) { id } } } }"));

    [Fact]
    public void AnExpensiveOperationIsRefusedAtTheOperation()
    {
        AssertWithinLimits("{ nodes(first: 100) { id name } }");
        AssertExceeded("{ nodes(first: 1000) { children(first: 100) { id } } }", QueryLimits.Default,
            "Query cost 102001 exceeds the maximum of 10000.", 1, 1, 10_000, 102_001);
    }

    [Fact]
    public void ExecutionChecksAgainWithTheCoercedVariables()
    {
        var document = Parser.Parse("query Q($n: Int) { nodes(first: $n) { id } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        AssertWithinLimits("query Q($n: Int) { nodes(first: $n) { id } }");
        Assert.Null(CostAnalyzer.Enforce(Schema, document, operation, new Dictionary<string, object?> { ["n"] = 50 }, 10_000));
        var error = CostAnalyzer.Enforce(Schema, document, operation, new Dictionary<string, object?> { ["n"] = 50_000 }, 10_000);
        Assert.Equal("Query cost 50001 exceeds the maximum of 10000.", error!.Message);
    }
}
