namespace CareerPaths.GraphQL.Http.TrustedDocuments;

/// <summary>Which documents the endpoint runs (see docs/graphql-engine/http.md, "Trusted documents").</summary>
public enum TrustedDocumentMode
{
    /// <summary>Only document text; a <c>documentId</c> without text is refused (PERSISTED_QUERY_NOT_SUPPORTED).</summary>
    Off,

    /// <summary>Document text, or a <c>documentId</c> from the manifest.</summary>
    AllowArbitrary,

    /// <summary>Only documents in the manifest, by <c>documentId</c> (or as their exact text).</summary>
    TrustedOnly,
}
