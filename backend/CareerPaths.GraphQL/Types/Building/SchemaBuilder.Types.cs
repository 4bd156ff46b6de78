namespace CareerPaths.GraphQL.Types;

/// <summary>Code-first registration of types, directives and resolvers.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>An object type bound to the .NET type <typeparamref name="TSource"/> (used for default type resolution).</summary>
    public SchemaBuilder Object<TSource>(string name, Action<ObjectTypeDescriptor<TSource>> configure)
    {
        var config = GetOrAddType(name, TypeKind.Object);
        config.InheritInterfaceFields = true;
        if (typeof(TSource) != typeof(object))
        {
            config.RuntimeType = typeof(TSource);
        }

        configure(new ObjectTypeDescriptor<TSource>(config));
        return this;
    }

    /// <summary>An object type whose parent values are untyped.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeDescriptor<object>> configure) => Object<object>(name, configure);

    public SchemaBuilder Interface(string name, Action<InterfaceTypeDescriptor> configure)
    {
        configure(new InterfaceTypeDescriptor(GetOrAddType(name, TypeKind.Interface)));
        return this;
    }

    public SchemaBuilder Union(string name, Action<UnionTypeDescriptor> configure)
    {
        configure(new UnionTypeDescriptor(GetOrAddType(name, TypeKind.Union)));
        return this;
    }

    /// <summary>An enum type from a .NET enum: one value per member, named in SCREAMING_CASE, standing for the member.</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null, Action<EnumTypeDescriptor<TEnum>>? configure = null)
        where TEnum : struct, Enum
    {
        var config = GetOrAddType(name ?? typeof(TEnum).Name, TypeKind.Enum);
        config.RuntimeType = typeof(TEnum);
        foreach (var member in System.Enum.GetValues<TEnum>())
        {
            var valueName = NameConventions.ToScreamingCase(member.ToString());
            var value = config.Values.Find(v => v.Name == valueName);
            if (value is null)
            {
                value = new EnumValueConfig(valueName);
                config.Values.Add(value);
            }

            value.Value = member;
        }

        configure?.Invoke(new EnumTypeDescriptor<TEnum>(config));
        return this;
    }

    /// <summary>An enum type with explicit values.</summary>
    public SchemaBuilder Enum(string name, Action<EnumTypeDescriptor> configure)
    {
        configure(new EnumTypeDescriptor(GetOrAddType(name, TypeKind.Enum)));
        return this;
    }

    /// <summary>
    /// An input object type whose coerced values are turned into <typeparamref name="TInput"/> by a factory
    /// compiled once (constructor parameters and settable properties matched by name). Without declared
    /// fields, every constructor parameter (or settable property) becomes a field with an inferred type.
    /// </summary>
    public SchemaBuilder InputObject<TInput>(string name, Action<InputObjectTypeDescriptor<TInput>>? configure = null)
    {
        var config = GetOrAddType(name, TypeKind.InputObject);
        if (typeof(TInput) != typeof(object))
        {
            config.RuntimeType = typeof(TInput);
        }

        configure?.Invoke(new InputObjectTypeDescriptor<TInput>(config));
        if (config.InputFields.Count == 0 && config.AstNode is null && config.RuntimeType is not null)
        {
            InputObjectFactory.AddInferredFields(config);
        }

        return this;
    }

    /// <summary>An input object type whose coerced values stay dictionaries.</summary>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeDescriptor<object>> configure) =>
        InputObject<object>(name, configure);

    /// <summary>Adds a custom scalar (or configures an SDL <c>scalar</c> of the same name with this implementation).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        GetOrAddType(scalar.Name, TypeKind.Scalar).Scalar = scalar;
        return this;
    }

    public SchemaBuilder Directive(string name, Action<DirectiveDescriptor> configure)
    {
        configure(new DirectiveDescriptor(GetOrAddDirective(name)));
        return this;
    }

    /// <summary>Sets the resolver of the field at a schema coordinate <c>Type.field</c> (for SDL-first schemas).</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !_types.TryGetValue(coordinate[..dot], out var type) || type.Kind is not (TypeKind.Object or TypeKind.Interface))
        {
            throw new ArgumentException($"\"{coordinate}\" does not name a field of an object or interface type defined so far.", nameof(coordinate));
        }

        type.GetOrAddField(coordinate[(dot + 1)..]).Resolver = resolver;
        return this;
    }

    public SchemaBuilder Resolve(string coordinate, Func<IResolverContext, object?> resolve) =>
        Resolve(coordinate, FieldResolver.FromSync(resolve));

    public SchemaBuilder ResolveAsync<TResult>(string coordinate, Func<IResolverContext, Task<TResult>> resolve) =>
        Resolve(coordinate, FieldResolver.FromTask(resolve));

    /// <summary>Sets how an interface or union picks the concrete type of a value (by type name).</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, Func<object?, IResolverContext, string?> resolveType)
    {
        if (!_types.TryGetValue(abstractTypeName, out var type) || type.Kind is not (TypeKind.Interface or TypeKind.Union))
        {
            throw new ArgumentException($"\"{abstractTypeName}\" is not an interface or union defined so far.", nameof(abstractTypeName));
        }

        type.ResolveType = resolveType;
        return this;
    }

    /// <summary>Binds an SDL enum's values to the members of a .NET enum (matched by SCREAMING_CASE name).</summary>
    public SchemaBuilder BindEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var config = GetOrAddType(name, TypeKind.Enum);
        config.RuntimeType = typeof(TEnum);
        var members = System.Enum.GetValues<TEnum>().ToDictionary(m => NameConventions.ToScreamingCase(m.ToString()), StringComparer.Ordinal);
        foreach (var value in config.Values)
        {
            if (members.TryGetValue(value.Name, out var member))
            {
                value.Value = member;
            }
        }

        return this;
    }
}
