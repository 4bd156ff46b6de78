using CareerPaths.GraphQL.Execution.Documents;

namespace CareerPaths.GraphQL.Http.TrustedDocuments;

/// <summary>
/// Decides which document text a request runs, by the <see cref="TrustedDocumentMode"/>: the text it sent, the
/// manifest's text for its <c>documentId</c> (or Apollo's <c>extensions.persistedQuery.sha256Hash</c>), or a
/// refusal. A request that sends both an id and text must send the text the id names.
/// </summary>
internal sealed class TrustedDocumentPolicy
{
    private readonly TrustedDocumentMode _mode;
    private readonly TrustedDocumentManifest? _manifest;

    public TrustedDocumentPolicy(TrustedDocumentsOptions options)
    {
        _mode = options.Mode;
        _manifest = options.Manifest ?? (options.ManifestPath is { Length: > 0 } path ? TrustedDocumentManifest.Load(path) : null);
        if (_mode != TrustedDocumentMode.Off && _manifest is null)
        {
            throw new InvalidOperationException(
                $"Trusted documents are {_mode} but no manifest is configured (TrustedDocuments:ManifestPath).");
        }
    }

    public RequestProblem? Resolve(GraphQLHttpParameters parameters, out string text)
    {
        text = "";
        var id = parameters.DocumentId ?? parameters.PersistedQueryHash;
        var query = parameters.Query;
        if (_mode == TrustedDocumentMode.Off || _manifest is null)
        {
            if (query is not null)
            {
                text = query;
                return null;
            }

            return id is null
                ? MissingQuery()
                : new RequestProblem(RequestProblemKind.PersistedDocumentsNotSupported, "Persisted documents are not supported here: send the document text as \"query\".");
        }

        if (id is not null)
        {
            return ResolveId(id, query, _manifest, out text);
        }

        if (query is null)
        {
            return MissingQuery();
        }

        if (_mode == TrustedDocumentMode.TrustedOnly && !_manifest.Contains(DocumentCache.ComputeHash(query)))
        {
            return new RequestProblem(RequestProblemKind.TrustedDocumentRequired,
                "Only trusted documents may be executed here: send the \"documentId\" of a document in the manifest.");
        }

        text = query;
        return null;
    }

    private RequestProblem? ResolveId(string id, string? query, TrustedDocumentManifest manifest, out string text)
    {
        text = "";
        if (!TrustedDocumentManifest.TryParseDocumentId(id, out var hash))
        {
            return RequestProblem.Malformed($"\"{Shorten(id)}\" is not a document id: expected \"sha256:\" and 64 hex digits.");
        }

        if (query is not null && DocumentCache.ComputeHash(query) != hash)
        {
            return RequestProblem.Malformed("The document text does not match its id (the SHA-256 of the text differs).");
        }

        if (manifest.TryGetDocument(hash, out text))
        {
            return null;
        }

        // Apollo-style retry with the text: fine unless only trusted documents may run.
        if (query is not null && _mode == TrustedDocumentMode.AllowArbitrary)
        {
            text = query;
            return null;
        }

        return new RequestProblem(RequestProblemKind.PersistedDocumentNotFound, $"No trusted document has the id \"sha256:{hash}\".");
    }

    private static RequestProblem MissingQuery() => RequestProblem.Malformed(
        "The request has no \"query\": send the GraphQL document as a string (or a \"documentId\").");

    private static string Shorten(string id) => id.Length <= 80 ? id : string.Concat(id.AsSpan(0, 80), "…");
}
