using System.Security.Claims;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types;

/// <summary>A plain resolver context for calling resolvers directly, until the executor provides its own.</summary>
internal sealed class TestResolverContext(Schema schema, ObjectType parentType, FieldDefinition field, object? source) : IResolverContext
{
    private readonly Dictionary<string, object> _state = [];

    public object? Source { get; } = source;

    public FieldDefinition Field { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];

    public OperationDefinitionNode Operation { get; init; } = null!;

    public ResponsePath Path { get; init; } = ResponsePath.Root(field.Name);

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();

    public Schema Schema { get; } = schema;

    public IServiceProvider RequestServices { get; init; } = null!;

    public ClaimsPrincipal User { get; init; } = new();

    public CancellationToken CancellationToken { get; init; }

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();

    public T GetOrAddRequestState<T>(string key, Func<string, T> factory)
        where T : class
    {
        if (!_state.TryGetValue(key, out var value))
        {
            value = factory(key);
            _state[key] = value;
        }

        return (T)value;
    }

    public T Argument<T>(string name) => ValueConverter.Convert<T>(Arguments.GetValueOrDefault(name));

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>Resolves one field of a parent value, the way the executor will.</summary>
    public static object? Resolve(Schema schema, string typeName, string fieldName, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = schema.GetFieldDefinition(type, fieldName)!;
        var context = new TestResolverContext(schema, type, field, source) { Arguments = arguments ?? new Dictionary<string, object?>() };
        return field.Resolver.ResolveAsync(context).AsTask().GetAwaiter().GetResult();
    }
}
