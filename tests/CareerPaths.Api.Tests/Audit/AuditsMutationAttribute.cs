namespace CareerPaths.Api.Tests.Audit;

/// <summary>
/// Marks a test that checks the audit entries the named mutations write (who, what, before/after). Every mutation
/// of the schema needs one: <see cref="EveryMutationIsAuditedTests"/> fails on a mutation no test is marked for.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuditsMutationAttribute(params string[] mutations) : Attribute
{
    public IReadOnlyList<string> Mutations { get; } = mutations;
}
