using System.Text.Json;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request, read from a JSON body or a query string (spec "Request
/// Parameters", plus the persisted-document <c>documentId</c> of its Appendix A and Apollo's hash extension).
/// JSON values point into a <see cref="JsonDocument"/> that the <see cref="ReadRequest"/> owns.
/// </summary>
internal sealed class GraphQLHttpParameters
{
    public string? Query { get; set; }

    /// <summary>The operation to run; an empty string means none, as the spec says for GET.</summary>
    public string? OperationName { get; set; }

    /// <summary>A JSON object, or null when absent or null.</summary>
    public JsonElement? Variables { get; set; }

    /// <summary>The request's <c>extensions</c> map (top-level entries), passed through to the executor.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A persisted document's identifier (<c>sha256:&lt;hex&gt;</c>).</summary>
    public string? DocumentId { get; set; }

    /// <summary>Apollo's <c>extensions.persistedQuery.sha256Hash</c> (bare hex).</summary>
    public string? PersistedQueryHash { get; set; }
}

/// <summary>Parameters read from a request, and what must be released once the response is written.</summary>
internal sealed class ReadRequest(GraphQLHttpParameters parameters, IDisposable? owned) : IDisposable
{
    public GraphQLHttpParameters Parameters { get; } = parameters;

    public void Dispose() => owned?.Dispose();
}
