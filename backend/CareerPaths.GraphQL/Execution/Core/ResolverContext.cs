using System.Security.Claims;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Core;

/// <summary>
/// The executor's <see cref="IResolverContext"/>. Synchronous resolvers borrow one from a per-request pool
/// for the duration of the call; asynchronous resolvers get their own. The path is computed on demand.
/// </summary>
internal sealed class ResolverContext(OperationExecution execution) : IResolverContext
{
    private ResultMap _parent = null!;
    private CollectedField _field = null!;
    private ResponsePath? _path;

    public object? Source { get; private set; }

    public FieldDefinition Field => _field.Definition;

    public ObjectType ParentType => _field.ParentType;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public OperationDefinitionNode Operation => execution.Operation;

    public ResponsePath Path => _path ??= _parent.ResponsePathTo(_field.Index);

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public Schema Schema => execution.Schema;

    public IServiceProvider RequestServices => execution.Services;

    public ClaimsPrincipal User => execution.User;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public IDictionary<string, object?> Items => execution.State.Items;

    public void Initialize(ResultMap parent, CollectedField field, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        _parent = parent;
        _field = field;
        Source = source;
        Arguments = arguments;
        _path = null;
    }

    public void Clear()
    {
        Source = null;
        _path = null;
    }

    public T GetOrAddRequestState<T>(string key, Func<string, T> factory)
        where T : class => execution.State.GetOrAdd(key, factory);

    public T Argument<T>(string name) => ValueConverter.Convert<T>(Arguments.GetValueOrDefault(name));

    public bool HasArgument(string name) => Arguments.ContainsKey(name);
}
