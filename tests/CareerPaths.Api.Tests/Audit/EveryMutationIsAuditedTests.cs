using System.Reflection;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Audit;

/// <summary>
/// Every change is audited (docs/security.md): each mutation of the served schema must have a test, marked
/// <see cref="AuditsMutationAttribute"/>, that checks its audit entry — so a new mutation without one fails here.
/// </summary>
public sealed class EveryMutationIsAuditedTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>
{
    [Fact]
    public void EveryMutationHasATestOfItsAuditEntry()
    {
        var mutations = api.Services.GetRequiredService<Schema>().MutationType!.Fields
            .Where(field => !field.IsMetaField).Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var marked = MarkedTests().SelectMany(test => test.Mutations).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mutations.Except(marked).Order(StringComparer.Ordinal));
        Assert.Empty(marked.Except(mutations).Order(StringComparer.Ordinal)); // a mark naming no mutation is stale
    }

    [Fact]
    public void MarkedTestsAreTestsThatReadTheLog()
    {
        // The mark goes on a test that runs; a helper or a skipped test would satisfy the check above falsely.
        var methods = typeof(EveryMutationIsAuditedTests).Assembly.GetTypes().SelectMany(type => type.GetMethods())
            .Where(method => method.GetCustomAttributes<AuditsMutationAttribute>().Any()).ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, method => Assert.True(
            method.GetCustomAttribute<FactAttribute>() is { Skip: null },
            $"{method.DeclaringType!.Name}.{method.Name} is marked [AuditsMutation] but is no running test"));
    }

    private static IEnumerable<AuditsMutationAttribute> MarkedTests() =>
        typeof(EveryMutationIsAuditedTests).Assembly.GetTypes().SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<AuditsMutationAttribute>());
}
