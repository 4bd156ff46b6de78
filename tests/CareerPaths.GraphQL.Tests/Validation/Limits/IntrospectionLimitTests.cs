using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Tests.Types;
using CareerPaths.GraphQL.Validation;
using static CareerPaths.GraphQL.Tests.Validation.Limits.LimitAssert;

namespace CareerPaths.GraphQL.Tests.Validation.Limits;

public class IntrospectionLimitTests
{
    /// <summary>graphql-js 17's getIntrospectionQuery with every option on, as GraphiQL sends it.</summary>
    private static readonly string GraphiQLIntrospectionQuery = Fixture.Read("introspection-query.graphql");

    private static readonly Schema Closed = SchemaBuilder.FromSdl("type Query { a: Int }", b => b.DisableIntrospection());

    [Fact]
    public void TheGraphiQLIntrospectionQueryPassesTheDefaultLimits()
    {
        AssertWithinLimits(GraphiQLIntrospectionQuery);
        AssertWithinLimits(GraphiQLIntrospectionQuery, schema: TestSchema.Instance);
    }

    [Fact]
    public void TheGraphiQLIntrospectionQueryIsFifteenDeep()
    {
        // fields > args > type > nine levels of ofType > name: exactly the default maximum.
        Assert.Contains(Validate(GraphiQLIntrospectionQuery, QueryLimits.Default with { MaxDepth = 14 }), e => e.Message == "Query depth 15 exceeds the maximum of 14.");
    }

    [Fact]
    public void WithIntrospectionOffSchemaAndTypeAreRefusedUnderAnyAliasAndInFragments()
    {
        var errors = Validate("{ a s: __schema { queryType { name } } ...F }\nfragment F on Query { __type(name: \"Query\") { name } }", schema: Closed);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.IntrospectionDisabled, e.Code));
        Assert.Equal([new ErrorLocation(1, 5), new ErrorLocation(2, 23)], errors.Select(e => e.Locations![0]));
    }

    [Fact]
    public void WithIntrospectionOffTypenameStaysAllowedEvenWithoutLimits() =>
        Assert.Empty(DocumentValidator.Validate(Closed, Parser.Parse("{ a __typename }")));

    [Fact]
    public void IntrospectionIsRefusedEvenWithoutLimitsConfigured() =>
        Assert.Single(DocumentValidator.Validate(Closed, Parser.Parse("{ __schema { types { name } } }")));
}
