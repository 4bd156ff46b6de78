namespace CareerPaths.GraphQL.Errors;

/// <summary>
/// The values of <c>extensions.code</c> the engine sets. Clients branch on these, never on messages, so a code
/// once published keeps its meaning.
/// </summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string LimitExceeded = "QUERY_LIMIT_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string Timeout = "EXECUTION_TIMEOUT";
    public const string Cancelled = "EXECUTION_CANCELLED";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
