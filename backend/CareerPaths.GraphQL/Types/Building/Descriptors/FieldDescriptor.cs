namespace CareerPaths.GraphQL.Types;

/// <summary>Configures a field of an object or interface whose parent values are <typeparamref name="TSource"/>.</summary>
public sealed class FieldDescriptor<TSource>
{
    internal FieldDescriptor(FieldConfig config)
    {
        Config = config;
    }

    internal FieldConfig Config { get; }

    /// <summary>The GraphQL type, e.g. <c>"[RoleRequirement!]!"</c>; needed when it cannot be inferred.</summary>
    public FieldDescriptor<TSource> Type(string typeReference)
    {
        Config.Type = TypeReference.Parse(typeReference);
        return this;
    }

    public FieldDescriptor<TSource> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public FieldDescriptor<TSource> Deprecated(string? reason = null)
    {
        DirectiveNodes.SetDeprecated(Config.Directives, reason);
        return this;
    }

    /// <summary>An argument without a default.</summary>
    public FieldDescriptor<TSource> Argument(string name, string type, string? description = null)
    {
        new InputValueDescriptor(Config.GetOrAddArgument(name)).Type(type).Description(description);
        return this;
    }

    /// <summary>An argument with a default value (an external value, see <see cref="InputValueDescriptor.DefaultValue"/>).</summary>
    public FieldDescriptor<TSource> Argument<TDefault>(string name, string type, TDefault defaultValue, string? description = null)
    {
        new InputValueDescriptor(Config.GetOrAddArgument(name)).Type(type).DefaultValue(defaultValue).Description(description);
        return this;
    }

    public FieldDescriptor<TSource> Argument(string name, Action<InputValueDescriptor> configure)
    {
        configure(new InputValueDescriptor(Config.GetOrAddArgument(name)));
        return this;
    }

    /// <summary>A synchronous resolver with the context.</summary>
    public FieldDescriptor<TSource> Resolve(Func<IResolverContext, object?> resolve) => Resolver(FieldResolver.FromSync(resolve));

    /// <summary>A synchronous resolver with the typed parent value and the context.</summary>
    public FieldDescriptor<TSource> Resolve<TResult>(Func<TSource, IResolverContext, TResult> resolve) =>
        Resolver(FieldResolver.FromSync(context => resolve((TSource)context.Source!, context)));

    /// <summary>An asynchronous resolver with the context.</summary>
    public FieldDescriptor<TSource> ResolveAsync<TResult>(Func<IResolverContext, Task<TResult>> resolve) =>
        Resolver(FieldResolver.FromTask(resolve));

    /// <summary>An asynchronous resolver with the typed parent value and the context.</summary>
    public FieldDescriptor<TSource> ResolveAsync<TResult>(Func<TSource, IResolverContext, Task<TResult>> resolve) =>
        Resolver(FieldResolver.FromTask(context => resolve((TSource)context.Source!, context)));

    /// <summary>A prebuilt resolver (e.g. <see cref="FieldResolver.FromAsync"/> with a ValueTask).</summary>
    public FieldDescriptor<TSource> Resolver(FieldResolver resolver)
    {
        Config.Resolver = resolver;
        return this;
    }

    /// <summary>Authorization policies checked before the resolver runs (the authorization layer decides what they mean).</summary>
    public FieldDescriptor<TSource> Authorize(params string[] policies)
    {
        Config.Policies.AddRange(policies);
        return this;
    }

    /// <summary>The cost of resolving this field once (default 1).</summary>
    public FieldDescriptor<TSource> Cost(int cost)
    {
        Config.Cost = cost;
        return this;
    }

    /// <summary>Arguments whose value multiplies the cost of what is selected below (e.g. first, last).</summary>
    public FieldDescriptor<TSource> ListSize(params string[] argumentNames)
    {
        Config.ListSizeArguments.AddRange(argumentNames);
        return this;
    }

    /// <summary>The list size cost analysis assumes when no list-size argument has a value.</summary>
    public FieldDescriptor<TSource> AssumedListSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        Config.AssumedListSize = size;
        return this;
    }

    public FieldDescriptor<TSource> Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }

    public FieldDescriptor<TSource> Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return this;
    }
}
