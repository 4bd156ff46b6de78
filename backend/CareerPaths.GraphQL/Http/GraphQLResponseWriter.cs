using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Writes responses: the executor's UTF-8 result writer straight into the response body pipe (no intermediate
/// string or buffer), with the status from <see cref="StatusCodePolicy"/>.
/// </summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentType(mediaType);
        // The same URL answers in two media types (and with HTML to browsers), so caches must key on Accept.
        response.Headers.Vary = "Accept";
        ExecutionResultWriter.Write(result, response.BodyWriter);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A refused request: its status, its <c>Allow</c> header for 405, and a GraphQL-shaped error body.</summary>
    public static Task WriteProblemAsync(HttpContext context, RequestProblem problem, ResponseMediaType? mediaType)
    {
        if (problem.Allow is { } allow)
        {
            context.Response.Headers.Allow = allow;
        }

        return WriteAsync(context, problem.ToResult(), mediaType ?? ResponseMediaType.Json, StatusCodePolicy.ForProblem(problem.Kind));
    }

    /// <summary>
    /// A bug: 500 with "Unexpected error." and a correlation id to find the logged exception by. The exception's
    /// message is added only where <paramref name="exposeDetails"/> (Development); a stack trace never is.
    /// </summary>
    public static async Task WriteUnexpectedAsync(HttpContext context, Exception exception, ILogger logger, bool exposeDetails)
    {
        var correlationId = context.TraceIdentifier;
        logger.LogError(exception, "Unexpected error serving GraphQL over HTTP (correlation id {CorrelationId}).", correlationId);
        if (context.Response.HasStarted)
        {
            // Part of a response is on the wire; the client must not take it for a whole one.
            context.Abort();
            return;
        }

        context.Response.Clear();
        var message = exposeDetails ? $"Unexpected error. {exception.GetType().Name}: {exception.Message}" : "Unexpected error.";
        var error = new GraphQLError(message, extensions: new Dictionary<string, object?>
        {
            ["code"] = HttpErrorCodes.InternalServerError,
            ["correlationId"] = correlationId,
        });
        await WriteAsync(context, ExecutionResult.RequestError(error), ResponseMediaType.Json, StatusCodePolicy.ForProblem(RequestProblemKind.Unexpected));
    }
}
