using CareerPaths.GraphQL.Errors;

namespace CareerPaths.GraphQL.Http;

/// <summary>The <c>extensions.code</c> of errors the HTTP layer raises itself (see also <see cref="ErrorCodes"/>).</summary>
public static class HttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UriTooLong = "URI_TOO_LONG";

    /// <summary>Apollo's code, so that Apollo's and urql's persisted-query links recognise it.</summary>
    public const string PersistedQueryNotFound = ErrorCodes.PersistedQueryNotFound;

    /// <summary>Apollo's code: the client stops sending hashes alone and sends the document text.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    public const string InternalServerError = ErrorCodes.InternalError;

    public static string For(RequestProblemKind kind) => kind switch
    {
        RequestProblemKind.MalformedRequest => BadRequest,
        RequestProblemKind.UnsupportedMediaType => UnsupportedMediaType,
        RequestProblemKind.NotAcceptable => NotAcceptable,
        RequestProblemKind.MethodNotAllowed => MethodNotAllowed,
        RequestProblemKind.PayloadTooLarge => RequestTooLarge,
        RequestProblemKind.UriTooLong => UriTooLong,
        RequestProblemKind.PersistedDocumentNotFound => PersistedQueryNotFound,
        RequestProblemKind.PersistedDocumentsNotSupported => PersistedQueryNotSupported,
        RequestProblemKind.TrustedDocumentRequired => TrustedDocumentRequired,
        _ => InternalServerError,
    };
}
