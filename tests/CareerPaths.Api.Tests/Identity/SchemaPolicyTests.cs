using CareerPaths.Api.Identity;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// Fail closed by construction: every object type and every root field carries a policy (so a new one without
/// <c>.Authorize(…)</c> fails here before it can leak), and every policy name is one the evaluator knows.
/// </summary>
public sealed class SchemaPolicyTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    private Schema Schema => api.Services.GetRequiredService<Schema>();

    private IEnumerable<ObjectType> ObjectTypes => Schema.Types.OfType<ObjectType>().Where(type => !type.IsIntrospectionType);

    [Fact]
    public void EveryObjectTypeCarriesAPolicy() =>
        Assert.Empty(ObjectTypes.Where(type => type.AuthorizationPolicies.Count == 0).Select(type => type.Name));

    [Fact]
    public void EveryRootFieldCarriesAPolicyOfItsOwnOrOfItsRootType()
    {
        var roots = new[] { Schema.QueryType, Schema.MutationType }.OfType<ObjectType>();

        Assert.Empty(roots.SelectMany(root => root.Fields.Where(f => root.AuthorizationPolicies.Count + f.AuthorizationPolicies.Count == 0))
            .Select(f => f.Coordinate));
    }

    [Fact]
    public void EveryPolicyNameIsOneTheEvaluatorKnows()
    {
        var used = ObjectTypes.SelectMany(type => type.AuthorizationPolicies.Concat(type.Fields.SelectMany(f => f.AuthorizationPolicies)));

        Assert.Empty(used.Except(ViewerPolicyEvaluator.KnownPolicies));
    }
}
