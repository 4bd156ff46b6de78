using System.Security.Claims;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// One GraphQL request to execute (spec §6.1 ExecuteRequest): the schema, the document — already parsed and
/// validated (<see cref="Document"/>) or as text (<see cref="Query"/>, parsed and validated through the
/// executor's document cache) — the operation name, raw variable values and everything resolvers may need.
/// </summary>
public sealed record ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>A parsed document that passed validation against <see cref="Schema"/>. Takes precedence over <see cref="Query"/>.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The document text, when <see cref="Document"/> is not given.</summary>
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values: a JSON object (<see cref="System.Text.Json.JsonElement"/>), a dictionary
    /// (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>), or null for none.
    /// </summary>
    public object? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry (spec September 2025), passed through for the transport.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The value the root fields are resolved on (the root value of spec §6.2).</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's scoped services (resolvers, DataLoaders and the authorization evaluator read them).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The caller; an anonymous principal when null.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Overrides the executor's options for this request.</summary>
    public ExecutionOptions? Options { get; init; }
}
