using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Http.TrustedDocuments;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// One GraphQL-over-HTTP request, start to end: method, media types, limits, parameters, trusted documents,
/// then parse and validate through the executor's document cache, execute, and write the response. Bad input
/// of any kind ends as a 4xx with a GraphQL-shaped body; only a bug gives a 500.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLHttpOptions options, TrustedDocumentPolicy documents, GraphiQLPage? graphiql, ILogger logger, bool exposeDetails)
{
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleRequestAsync(context);
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested &&
            exception is OperationCanceledException or IOException)
        {
            // The client went away; nobody is left to answer.
        }
#pragma warning disable CA1031 // Any other exception is a bug, answered with a masked 500 and logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await GraphQLResponseWriter.WriteUnexpectedAsync(context, exception, logger, exposeDetails);
        }
    }

    private Task HandleRequestAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return HandlePostAsync(context);
        }

        if (HttpMethods.IsGet(method))
        {
            return HandleGetAsync(context);
        }

        return GraphQLResponseWriter.WriteProblemAsync(context, new RequestProblem(RequestProblemKind.MethodNotAllowed,
            $"{method} is not supported here: send POST, or GET for queries.", options.AllowGet ? "GET, POST" : "POST"), null);
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var request = context.Request;
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, NotAcceptable(), null);
            return;
        }

        var contentType = MediaTypes.ClassifyRequestContentType(request.ContentType);
        if (contentType != RequestContentType.Json)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, new RequestProblem(RequestProblemKind.UnsupportedMediaType,
                contentType == RequestContentType.Missing
                    ? "The request has no Content-Type: send the body as application/json."
                    : "The request body must be application/json (UTF-8)."), mediaType);
            return;
        }

        var (body, problem) = await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted);
        using (body)
        {
            ReadRequest? read = null;
            problem ??= JsonBodyReader.Read(body!.Memory, out read);
            using (read)
            {
                await (problem is null
                    ? ExecuteAsync(context, read!.Parameters, mediaType.Value, isGet: false)
                    : GraphQLResponseWriter.WriteProblemAsync(context, problem, mediaType));
            }
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var request = context.Request;
        if (graphiql is not null && !QueryStringReader.HasDocument(request.Query) && MediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await graphiql.ServeAsync(context);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        var problem = options.AllowGet ? null : new RequestProblem(RequestProblemKind.MethodNotAllowed, "Send GraphQL requests with POST.", "POST");
        if (mediaType is null)
        {
            problem ??= NotAcceptable();
        }
        else if (request.QueryString.Value?.Length > options.MaxQueryStringLength)
        {
            problem ??= new RequestProblem(RequestProblemKind.UriTooLong,
                $"The query string is longer than the limit of {options.MaxQueryStringLength} characters: send the request with POST.");
        }

        ReadRequest? read = null;
        problem ??= QueryStringReader.Read(request.Query, out read);
        using (read)
        {
            await (problem is null
                ? ExecuteAsync(context, read!.Parameters, mediaType!.Value, isGet: true)
                : GraphQLResponseWriter.WriteProblemAsync(context, problem, mediaType));
        }
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpParameters parameters, ResponseMediaType mediaType, bool isGet)
    {
        var problem = documents.Resolve(parameters, out var text);
        if (problem is not null)
        {
            await GraphQLResponseWriter.WriteProblemAsync(context, problem, mediaType);
            return;
        }

        var services = context.RequestServices;
        var executor = options.Executor ?? services.GetRequiredService<GraphQLExecutor>();
        var request = new ExecutionRequest
        {
            Schema = options.Schema ?? services.GetRequiredService<Schema>(),
            Query = text,
            // The spec (GET): an empty operationName is the same as none.
            OperationName = string.IsNullOrEmpty(parameters.OperationName) ? null : parameters.OperationName,
            Variables = parameters.Variables is { } variables ? variables : null,
            Extensions = parameters.Extensions,
            Services = services,
            User = context.User,
        };
        request = options.ConfigureRequest?.Invoke(context, request) ?? request;

        var prepared = executor.Prepare(request);
        if (isGet && prepared.Document is { } document && IsMutation(document, request.OperationName))
        {
            // Spec (GET): a mutation over GET is refused with 405 before anything runs.
            await GraphQLResponseWriter.WriteProblemAsync(context, new RequestProblem(RequestProblemKind.MethodNotAllowed,
                "Mutations cannot be sent with GET: use POST.", "POST"), mediaType);
            return;
        }

        var result = prepared.IsValid
            ? await executor.ExecuteAsync(request with { Document = prepared.Document }, context.RequestAborted)
            : ExecutionResult.RequestError(prepared.Errors);
        await GraphQLResponseWriter.WriteAsync(context, result, mediaType, StatusCodePolicy.ForResult(result, mediaType));
    }

    private static bool IsMutation(DocumentNode document, string? operationName) =>
        OperationSelection.GetOperation(document, operationName, out _)?.Operation == OperationType.Mutation;

    private static RequestProblem NotAcceptable() => new(RequestProblemKind.NotAcceptable,
        "The Accept header allows neither application/graphql-response+json nor application/json.");
}
