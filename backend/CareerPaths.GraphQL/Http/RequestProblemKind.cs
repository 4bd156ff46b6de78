namespace CareerPaths.GraphQL.Http;

/// <summary>Why a request was refused before it reached the executor (or failed unexpectedly).</summary>
public enum RequestProblemKind
{
    /// <summary>Not a well-formed GraphQL-over-HTTP request: unreadable JSON, wrong parameter types, no query.</summary>
    MalformedRequest,

    /// <summary>A POST body that is not <c>application/json</c> in UTF-8, or has no <c>Content-Type</c>.</summary>
    UnsupportedMediaType,

    /// <summary>The <c>Accept</c> header allows neither response media type.</summary>
    NotAcceptable,

    /// <summary>A method other than GET and POST, GET when disabled, or a mutation over GET.</summary>
    MethodNotAllowed,

    /// <summary>The body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>.</summary>
    PayloadTooLarge,

    /// <summary>The query string is longer than <see cref="GraphQLHttpOptions.MaxQueryStringLength"/>.</summary>
    UriTooLong,

    /// <summary>A <c>documentId</c> (or Apollo persisted-query hash) that the trusted-document manifest does not hold.</summary>
    PersistedDocumentNotFound,

    /// <summary>A <c>documentId</c> without a query while trusted documents are off.</summary>
    PersistedDocumentsNotSupported,

    /// <summary>A document outside the manifest while only trusted documents may run.</summary>
    TrustedDocumentRequired,

    /// <summary>A bug: an exception nobody expected. The details go to the log, not to the client.</summary>
    Unexpected,
}
