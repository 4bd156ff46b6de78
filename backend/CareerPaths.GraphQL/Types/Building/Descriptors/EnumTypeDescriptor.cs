namespace CareerPaths.GraphQL.Types;

/// <summary>Configures an enum type.</summary>
public class EnumTypeDescriptor
{
    internal EnumTypeDescriptor(TypeConfig config)
    {
        Config = config;
    }

    internal TypeConfig Config { get; }

    public EnumTypeDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>A value named <paramref name="name"/> standing for <paramref name="value"/> (the name itself if null).</summary>
    public EnumValueDescriptor Value(string name, object? value = null)
    {
        var config = Config.Values.Find(v => v.Name == name);
        if (config is null)
        {
            config = new EnumValueConfig(name);
            Config.Values.Add(config);
        }

        if (value is not null)
        {
            config.Value = value;
        }

        return new EnumValueDescriptor(config);
    }

    public EnumTypeDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }

    public EnumTypeDescriptor Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return this;
    }
}

/// <summary>Configures an enum type built from the .NET enum <typeparamref name="TEnum"/>.</summary>
public sealed class EnumTypeDescriptor<TEnum> : EnumTypeDescriptor
    where TEnum : struct, Enum
{
    internal EnumTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>The value standing for <paramref name="member"/>, to describe, rename or deprecate it.</summary>
    public EnumValueDescriptor Value(TEnum member)
    {
        var config = Config.Values.Find(v => Equals(v.Value, member))
            ?? throw new ArgumentException($"{member} is not a value of {typeof(TEnum).Name}.", nameof(member));
        return new EnumValueDescriptor(config);
    }
}

/// <summary>Configures one enum value.</summary>
public sealed class EnumValueDescriptor
{
    internal EnumValueDescriptor(EnumValueConfig config)
    {
        Config = config;
    }

    internal EnumValueConfig Config { get; }

    public EnumValueDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public EnumValueDescriptor Deprecated(string? reason = null)
    {
        DirectiveNodes.SetDeprecated(Config.Directives, reason);
        return this;
    }

    public EnumValueDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }
}
