using System.Collections.Frozen;

namespace CareerPaths.GraphQL.Types;

/// <summary>What every named element of a schema carries: a name, a description, directives and metadata.</summary>
public interface ITypeSystemMember
{
    string Name { get; }

    string? Description { get; }

    /// <summary>Directives applied in SDL or by the builder, in order (including <c>@deprecated</c> and friends).</summary>
    IReadOnlyList<AppliedDirective> AppliedDirectives { get; }

    /// <summary>Free-form data for later layers (authorization, cost, Relay, …); never read by the engine core.</summary>
    IReadOnlyDictionary<string, object?> Metadata { get; }
}

internal static class EmptyMetadata
{
    public static readonly IReadOnlyDictionary<string, object?> Instance = FrozenDictionary<string, object?>.Empty;
}
