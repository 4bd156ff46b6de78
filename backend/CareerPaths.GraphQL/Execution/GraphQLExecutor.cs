using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution.Core;
using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// Executes GraphQL requests (spec §6.1 ExecuteRequest): prepares the document when given as text (parse and
/// validate, through the bounded <see cref="Documents"/> cache), selects the operation, coerces the variables
/// and executes the query or mutation. Thread-safe; create one per application and share it.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentValidation _validate;

    /// <param name="options">Defaults for every request (a request may carry its own).</param>
    /// <param name="validate">The document validator for requests given as text; <see cref="DocumentValidator"/> by default.</param>
    /// <param name="documents">The document cache; a new one of default capacity when null.</param>
    public GraphQLExecutor(ExecutionOptions? options = null, DocumentValidation? validate = null, DocumentCache? documents = null)
    {
        Options = options ?? ExecutionOptions.Default;
        _validate = validate ?? DefaultValidation;
        Documents = documents ?? new DocumentCache();
    }

    public ExecutionOptions Options { get; }

    public DocumentCache Documents { get; }

    /// <summary>
    /// Runs the request. Request errors (syntax, validation, operation selection, variables, subscriptions)
    /// come back as a result without data; execution errors as a result with data. Throws
    /// <see cref="OperationCanceledException"/> only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = request.Document;
        if (document is null)
        {
            var prepared = Prepare(request);
            if (!prepared.IsValid)
            {
                return Task.FromResult(ExecutionResult.RequestError(prepared.Errors));
            }

            document = prepared.Document!;
        }

        return ExecuteRequest(request, document, cancellationToken);
    }

    /// <summary>Parse and validate the request's text through the cache.</summary>
    public PreparedDocument Prepare(ExecutionRequest request) =>
        DocumentPreparation.Prepare(request.Schema, request.Query ?? "", _validate, Documents);

    // Spec §6.1 ExecuteRequest.
    private Task<ExecutionResult> ExecuteRequest(ExecutionRequest request, DocumentNode document, CancellationToken cancellationToken)
    {
        var operation = OperationSelection.GetOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return Task.FromResult(ExecutionResult.RequestError(selectionError!));
        }

        var schema = request.Schema;
        var rootType = schema.GetRootType(operation.Operation);
        if (operation.Operation == OperationType.Subscription)
        {
            return Task.FromResult(ExecutionResult.RequestError(new GraphQLError(
                "Subscriptions are not supported over this transport.", [ErrorLocation.Of(operation)],
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationNotFound })));
        }

        if (rootType is null)
        {
            return Task.FromResult(ExecutionResult.FromData(null, [GraphQLError.At(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation)]));
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.CoerceVariableValues(schema, operation, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.RequestError(variableErrors));
        }

        var options = request.Options ?? Options;
        var plan = DocumentPlan.For(schema, document);
        if (options.Timeout is null)
        {
            var execution = new OperationExecution(schema, plan, operation, rootType, variables, request, options, cancellationToken);
            return execution.ExecuteAsync(cancellationToken);
        }

        return ExecuteWithTimeoutAsync(request, options, plan, operation, rootType, variables, cancellationToken);
    }

    private static async Task<ExecutionResult> ExecuteWithTimeoutAsync(
        ExecutionRequest request, ExecutionOptions options, DocumentPlan plan, OperationDefinitionNode operation,
        Types.ObjectType rootType, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Timeout!.Value);
        var execution = new OperationExecution(request.Schema, plan, operation, rootType, variables, request, options, limit.Token);
        return await execution.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<GraphQLError> DefaultValidation(Types.Schema schema, DocumentNode document) =>
        DocumentValidator.Validate(schema, document);
}
