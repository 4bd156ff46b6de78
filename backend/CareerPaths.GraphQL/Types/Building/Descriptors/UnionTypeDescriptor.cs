namespace CareerPaths.GraphQL.Types;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeDescriptor
{
    internal UnionTypeDescriptor(TypeConfig config)
    {
        Config = config;
    }

    internal TypeConfig Config { get; }

    public UnionTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public UnionTypeDescriptor Types(params string[] memberTypes)
    {
        foreach (var name in memberTypes)
        {
            Config.UnionMembers.Add(TypeReference.Named(name));
        }

        return this;
    }

    /// <summary>Picks the concrete type of a value by name (null: undecided).</summary>
    public UnionTypeDescriptor ResolveType(Func<object?, IResolverContext, string?> resolveType)
    {
        Config.ResolveType = resolveType;
        return this;
    }

    public UnionTypeDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }

    public UnionTypeDescriptor Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return this;
    }
}
