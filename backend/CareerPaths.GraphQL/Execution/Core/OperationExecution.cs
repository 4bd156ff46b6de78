using System.Security.Claims;
using CareerPaths.GraphQL.Authorization;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Core;

/// <summary>
/// The execution of one operation (spec §6.2 ExecuteQuery / ExecuteMutation): the per-request state shared by
/// <c>ExecuteSelectionSet</c>, <c>ExecuteField</c> and <c>CompleteValue</c> (partial files beside this one).
/// Result-tree work runs on <see cref="Loop"/>, one step at a time; resolvers may run anywhere.
/// </summary>
internal sealed partial class OperationExecution
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Stack<ResolverContext> _contexts = new();
    private readonly IReadOnlyList<string> _rootTypePolicies;
    private Dictionary<CollectedField, ArgumentValues>? _variableArguments;
    private PolicyAuthorization? _authorization;
    private RequestState? _state;
    private bool _timedOut;

    public OperationExecution(
        Schema schema,
        DocumentPlan plan,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Plan = plan;
        Operation = operation;
        RootType = rootType;
        Variables = variables;
        RootValue = request.RootValue;
        Services = request.Services ?? EmptyServices.Instance;
        User = request.User ?? Anonymous;
        Options = options;
        CancellationToken = cancellationToken;
        _rootTypePolicies = rootType.AuthorizationPolicies;
    }

    private static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public Schema Schema { get; }

    public DocumentPlan Plan { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public ClaimsPrincipal User { get; }

    public ExecutionOptions Options { get; }

    /// <summary>Cancelled when the request is aborted or the execution times out.</summary>
    public CancellationToken CancellationToken { get; }

    public ExecutionLoop Loop { get; } = new();

    public RequestState State => _state ??= new RequestState(Loop);

    /// <summary>
    /// True when an asynchronous step ended because the execution's token was cancelled by the timeout: its
    /// position stays pending (the timeout nulls it) instead of becoming a resolver error.
    /// </summary>
    public bool IsCancelledByTimeout(Exception exception)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            _timedOut = true;
            return true;
        }

        return false;
    }

    /// <summary>Spec §6.2.1 ExecuteQuery and §6.2.2 ExecuteMutation (root fields in order, one at a time).</summary>
    public async Task<ExecutionResult> ExecuteAsync(CancellationToken requestAborted)
    {
        var fields = CollectRootFields();
        var data = new ResultMap(fields, null, -1);
        try
        {
            if (Operation.Operation == OperationType.Mutation)
            {
                // Spec §6.2.2: each root field with its whole sub-tree completes before the next one starts.
                foreach (var field in fields.Fields)
                {
                    if (data.IsDead)
                    {
                        break;
                    }

                    RunWithoutContext(data, field);
                    await Loop.RunAsync(CancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                RunWithoutContext(data, null);
                await Loop.RunAsync(CancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested && CancellationToken.IsCancellationRequested)
        {
            _timedOut = true;
        }

        requestAborted.ThrowIfCancellationRequested();
        if (_timedOut)
        {
            TimedOut(data);
        }

        return ExecutionResult.FromData(data.IsDead ? null : data, _errors);
    }

    // The synchronous part of the execution, outside the caller's synchronization context (see ExecutionLoop).
    private void RunWithoutContext(ResultMap data, CollectedField? rootField)
    {
        var context = ExecutionLoop.SuspendSynchronizationContext();
        try
        {
            if (rootField is null)
            {
                ExecuteSelectionSet(data, RootValue);
            }
            else
            {
                ExecuteField(data, rootField, RootValue);
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private GroupedFieldSet CollectRootFields()
    {
        var fields = Plan.GetRootFields(Operation);
        if (fields is null)
        {
            fields = FieldCollector.CollectFields(Plan, RootType, Operation.SelectionSet, Variables);
            Plan.AddRootFields(Operation, fields);
        }

        return fields;
    }

    private GroupedFieldSet GetSubfields(CollectedField field, ObjectType type)
    {
        var fields = field.GetSubfields(type);
        if (fields is null)
        {
            fields = FieldCollector.CollectSubfields(Plan, type, field.Nodes, Variables);
            field.AddSubfields(type, fields);
        }

        return fields;
    }

    private ArgumentValues GetArguments(CollectedField field)
    {
        if (!field.ArgumentsUseVariables)
        {
            return field.GetStaticArguments();
        }

        // Variables are fixed for the request: coerce once per field, not once per list item.
        _variableArguments ??= [];
        if (!_variableArguments.TryGetValue(field, out var values))
        {
            values = ArgumentValues.Coerce(field.Definition, field.FirstNode, Variables);
            _variableArguments[field] = values;
        }

        return values;
    }

    private PolicyAuthorization Authorization =>
        _authorization ??= new PolicyAuthorization(
            Options.AuthorizationEvaluator ?? Services.GetService(typeof(IAuthorizationPolicyEvaluator)) as IAuthorizationPolicyEvaluator,
            User,
            Services,
            CancellationToken);

    private ResolverContext RentContext(ResultMap parent, CollectedField field, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = _contexts.Count > 0 ? _contexts.Pop() : new ResolverContext(this);
        context.Initialize(parent, field, source, arguments);
        return context;
    }

    private void ReturnContext(ResolverContext context)
    {
        context.Clear();
        _contexts.Push(context);
    }

    /// <summary>The resolver services when the request has none.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>Per-request state for resolvers (<see cref="IResolverContext.GetOrAddRequestState{T}"/>, <see cref="IResolverContext.Items"/>).</summary>
internal sealed class RequestState(IBatchScheduler scheduler)
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal) { [DataLoaderExtensions.SchedulerKey] = scheduler };
    private System.Collections.Concurrent.ConcurrentDictionary<string, object?>? _items;

    public IDictionary<string, object?> Items =>
        LazyInitializer.EnsureInitialized(ref _items, static () => new(StringComparer.Ordinal));

    public T GetOrAdd<T>(string key, Func<string, T> factory)
        where T : class
    {
        lock (_values)
        {
            if (!_values.TryGetValue(key, out var value))
            {
                value = factory(key);
                _values[key] = value;
            }

            return (T)value;
        }
    }
}
