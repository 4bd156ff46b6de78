using System.Text;
using CareerPaths.GraphQL.Validation;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

public class FieldAndAliasLimitTests
{
    [Fact]
    public void FieldsAreCountedWithEverySpreadExpanded()
    {
        // F has 4 fields and is spread twice (8), plus node and child: 10.
        const string query = "{ node { ...F child { ...F } } }\nfragment F on Node { id name child { id } }";
        AssertWithinLimits(query, new QueryLimits { MaxFields = 10 });
        AssertExceeded(query, new QueryLimits { MaxFields = 9 },
            "The query selects 10 fields (fragments expanded), more than the maximum of 9.", 1, 1, 9, 10);
    }

    [Fact]
    public void FragmentsThatDoubleAtEveryLevelAreCountedWithoutExpandingThem()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^60 fields once expanded; counted in linear time.
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < 60; i++)
        {
            document.Append($"fragment F{i} on Node {{ child {{ ...F{i + 1} }} a{i}: child {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F60 on Node { id }");
        var errors = Validate(document.ToString(), new QueryLimits { MaxFields = 1_000, MaxDepth = null, MaxAliases = null, MaxCost = null });
        var error = Assert.Single(errors);
        Assert.True((long)error.Extensions!["actual"]! > 1L << 60);
    }

    [Fact]
    public void AliasesAreCountedWithEverySpreadExpanded()
    {
        const string query = "{ a: node { id } b: node { ...F } c: node { ...F } }\nfragment F on Node { x: id y: name }";
        AssertWithinLimits(query, new QueryLimits { MaxAliases = 7 });
        AssertExceeded(query, new QueryLimits { MaxAliases = 6 },
            "The query uses 7 aliases (fragments expanded), more than the maximum of 6.", 1, 1, 6, 7);
    }

    [Fact]
    public void ThirtyAliasesPassTheDefault()
    {
        var thirty = "{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"a{i}: expensive ")) + "}";
        AssertWithinLimits(thirty, QueryLimits.Default with { MaxCost = null });
        var thirtyOne = "{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: expensive ")) + "}";
        AssertExceeded(thirtyOne, QueryLimits.Default with { MaxCost = null },
            "The query uses 31 aliases (fragments expanded), more than the maximum of 30.", 1, 1, 30, 31);
    }
}
