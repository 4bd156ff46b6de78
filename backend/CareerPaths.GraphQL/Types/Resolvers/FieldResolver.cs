namespace CareerPaths.GraphQL.Types;

/// <summary>How a resolver must be called; the executor picks the cheapest path.</summary>
public enum ResolverKind
{
    /// <summary>Needs only the parent value (property reads): no context is needed.</summary>
    Source,

    /// <summary>Synchronous, with the context.</summary>
    Sync,

    /// <summary>Asynchronous, with the context.</summary>
    Async,
}

/// <summary>
/// A field's resolver, bound once when the schema is built (spec §6.4.2 ResolveFieldValue). It holds one
/// of three delegates so the executor can skip the async machinery and even the context for plain property
/// reads. Synchronous resolvers never return a Task: the builder wraps task-returning code as async.
/// </summary>
public sealed class FieldResolver
{
    private FieldResolver(
        ResolverKind kind,
        Func<object?, object?>? source,
        Func<IResolverContext, object?>? sync,
        Func<IResolverContext, ValueTask<object?>>? async,
        bool isDefault)
    {
        Kind = kind;
        SourceResolver = source;
        SyncResolver = sync;
        AsyncResolver = async;
        IsDefault = isDefault;
    }

    public ResolverKind Kind { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ResolverKind.Source"/>.</summary>
    public Func<object?, object?>? SourceResolver { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ResolverKind.Sync"/>.</summary>
    public Func<IResolverContext, object?>? SyncResolver { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ResolverKind.Async"/>.</summary>
    public Func<IResolverContext, ValueTask<object?>>? AsyncResolver { get; }

    /// <summary>True for the default property resolver (no resolver was given for the field).</summary>
    public bool IsDefault { get; }

    public bool IsSynchronous => Kind != ResolverKind.Async;

    public static FieldResolver FromSource(Func<object?, object?> resolve) =>
        new(ResolverKind.Source, resolve, null, null, false);

    public static FieldResolver FromSync(Func<IResolverContext, object?> resolve) =>
        new(ResolverKind.Sync, null, resolve, null, false);

    public static FieldResolver FromAsync(Func<IResolverContext, ValueTask<object?>> resolve) =>
        new(ResolverKind.Async, null, null, resolve, false);

    public static FieldResolver FromTask<T>(Func<IResolverContext, Task<T>> resolve) =>
        FromAsync(async context => await resolve(context).ConfigureAwait(false));

    internal static FieldResolver Default(Func<object?, object?> resolve) =>
        new(ResolverKind.Source, resolve, null, null, true);

    /// <summary>Synchronous resolution for <see cref="ResolverKind.Source"/> and <see cref="ResolverKind.Sync"/>.</summary>
    public object? Resolve(IResolverContext context) => Kind switch
    {
        ResolverKind.Source => SourceResolver!(context.Source),
        ResolverKind.Sync => SyncResolver!(context),
        _ => throw new InvalidOperationException("This resolver is asynchronous; call ResolveAsync."),
    };

    /// <summary>Uniform (slower) entry point for any kind.</summary>
    public ValueTask<object?> ResolveAsync(IResolverContext context) => Kind switch
    {
        ResolverKind.Source => new ValueTask<object?>(SourceResolver!(context.Source)),
        ResolverKind.Sync => new ValueTask<object?>(SyncResolver!(context)),
        _ => AsyncResolver!(context),
    };
}
