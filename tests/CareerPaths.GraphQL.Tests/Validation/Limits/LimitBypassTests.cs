using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

/// <summary>Names do not matter: calling an operation or fragment like introspection buys no exemption.</summary>
public class LimitBypassTests
{
    [Theory]
    [InlineData("__schema")]
    [InlineData("IntrospectionQuery")]
    [InlineData("__type")]
    public void AnOperationNamedLikeIntrospectionIsLimitedLikeAnyOther(string name)
    {
        Assert.Equal(ErrorCodes.LimitExceeded, Assert.Single(Validate(Nested(16, $"query {name} "))).Code);
        var wide = $"query {name} {{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: node {{ id }} ")) + "}";
        Assert.Contains(Validate(wide), e => e.Message.Contains("aliases", StringComparison.Ordinal));
        Assert.Contains(Validate($"query {name} {{ nodes(first: 100000) {{ id }} }}"), e => e.Message.StartsWith("Query cost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("__schema")]
    [InlineData("IntrospectionQuery")]
    public void AFragmentNamedLikeIntrospectionIsLimitedLikeAnyOther(string name)
    {
        // node, then 14 levels of child and id: 16 deep.
        var deep = $"{{ node {{ ...{name} }} }}\nfragment {name} on Node {{ " + string.Concat(Enumerable.Repeat("child { ", 14)) + "id" + string.Concat(Enumerable.Repeat(" }", 14)) + " }";
        Assert.Contains(Validate(deep), e => e.Message == "Query depth 16 exceeds the maximum of 15.");
        var costly = $"{{ nodes(first: 1000) {{ ...{name} }} }}\nfragment {name} on Node {{ children(first: 100) {{ id }} }}";
        Assert.Contains(Validate(costly), e => e.Message.StartsWith("Query cost", StringComparison.Ordinal));
    }

    [Fact]
    public void RealIntrospectionIsLimitedToo()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");
        var deep = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 12)) + "name" + string.Concat(Enumerable.Repeat(" }", 16)) + " }";
        Assert.Equal(ErrorCodes.LimitExceeded, Assert.Single(Validate(deep, schema: schema)).Code);
    }
}
