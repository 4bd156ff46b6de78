using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Tests.Validation.Limits;

namespace CareerPaths.GraphQL.Tests.Execution;

/// <summary>
/// Validation estimates <c>nodes(first: $n)</c> from defaults; the executor must check the cost again once the
/// variables are coerced, or a client could pass any page size through a variable.
/// </summary>
public class CostWithVariablesTests
{
    private const string Query = "query Q($n: Int) { nodes(first: $n) { id name } }";

    private static readonly ExecutionOptions MaxCost100 = new() { MaxCost = 100 };

    [Fact]
    public async Task AListSizeFromAVariableWithinTheLimitExecutes()
    {
        var result = await ExecutionHarness.RunAsync(LimitAssert.Schema, Query, variablesJson: """{"n": 49}""", options: MaxCost100);

        Assert.True(result.HasData);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task AListSizeFromAVariableOverTheLimitIsARequestErrorBeforeAnyResolverRuns()
    {
        var result = await ExecutionHarness.RunAsync(LimitAssert.Schema, Query, variablesJson: """{"n": 50}""", options: MaxCost100);

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal("Query cost 101 exceeds the maximum of 100.", error.Message);
        Assert.Equal(101L, error.Extensions!["actual"]);
    }

    [Fact]
    public async Task WithoutAMaximumTheCostIsNotChecked()
    {
        var result = await ExecutionHarness.RunAsync(LimitAssert.Schema, Query, variablesJson: """{"n": 100000}""");

        Assert.True(result.HasData);
        Assert.Empty(result.Errors);
    }
}
