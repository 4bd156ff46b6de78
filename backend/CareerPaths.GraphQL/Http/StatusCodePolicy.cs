using CareerPaths.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Every HTTP status code the endpoint answers with is decided here, so that following a newer draft of the
/// GraphQL-over-HTTP spec (it moves towards 422 for validation errors) is a change to this one file.
/// Today it follows what the graphql-http 1.23 audits expect (see docs/graphql-engine/http.md for the table).
/// </summary>
public static class StatusCodePolicy
{
    /// <summary>
    /// The status of a GraphQL response. With data (even null data, a "partial response") it is 200. A request
    /// error — document parse or validation, operation selection, variable coercion: no data entry — is 400
    /// with <c>application/graphql-response+json</c> (spec: MUST be 4xx/5xx) and 200 with <c>application/json</c>
    /// (spec: SHOULD be 200, because legacy clients cannot trust a 4xx JSON body to come from the server).
    /// </summary>
    public static int ForResult(ExecutionResult result, ResponseMediaType mediaType) =>
        result.HasData || mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;

    /// <summary>
    /// The status of a request refused before execution. These are not well-formed GraphQL-over-HTTP requests
    /// (or the server refuses to serve them), so they are 4xx whatever the media type; the audits check 400
    /// for unreadable JSON and wrongly typed parameters with both media types.
    /// </summary>
    public static int ForProblem(RequestProblemKind kind) => kind switch
    {
        RequestProblemKind.MalformedRequest => StatusCodes.Status400BadRequest,
        RequestProblemKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        RequestProblemKind.NotAcceptable => StatusCodes.Status406NotAcceptable,
        RequestProblemKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        RequestProblemKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        RequestProblemKind.UriTooLong => StatusCodes.Status414UriTooLong,

        // The client's manifest and ours disagree, or it sent a document we do not run: its request is at fault.
        RequestProblemKind.PersistedDocumentNotFound => StatusCodes.Status400BadRequest,
        RequestProblemKind.PersistedDocumentsNotSupported => StatusCodes.Status400BadRequest,
        RequestProblemKind.TrustedDocumentRequired => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
