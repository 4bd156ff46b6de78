using System.Security.Claims;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// What a resolver sees while resolving one field of one object (spec §6.4.2 ResolveFieldValue). The executor
/// implements it, typically as one pooled object per field execution.
/// </summary>
public interface IResolverContext
{
    /// <summary>The parent value: the object whose field is being resolved (the root value at the top).</summary>
    object? Source { get; }

    FieldDefinition Field { get; }

    /// <summary>The object type whose field is being resolved (never abstract).</summary>
    ObjectType ParentType { get; }

    /// <summary>The field nodes merged into this field (spec CollectFields); the first is the one to report.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    ResponsePath Path { get; }

    /// <summary>The coerced argument values (spec CoerceArgumentValues): absent optional arguments are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    Schema Schema { get; }

    /// <summary>The request's scoped services.</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>The authenticated user of the request (an anonymous principal when there is none).</summary>
    ClaimsPrincipal User { get; }

    /// <summary>Cancelled when the request is aborted or the execution times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>A per-request bag, shared by every resolver of the request.</summary>
    IDictionary<string, object?> Items { get; }

    /// <summary>
    /// Per-request state created once on first use, e.g. DataLoaders (keyed by their name). Thread-safe with
    /// respect to the request's own resolvers.
    /// </summary>
    T GetOrAddRequestState<T>(string key, Func<string, T> factory)
        where T : class;

    /// <summary>The argument's coerced value converted to <typeparamref name="T"/> (see <see cref="ValueConverter"/>).</summary>
    T Argument<T>(string name);

    /// <summary>Whether the argument has a value (given, from a variable, or defaulted) — absent is not null.</summary>
    bool HasArgument(string name);
}
