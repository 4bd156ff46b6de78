namespace CareerPaths.GraphQL.Types;

/// <summary>Configures an argument or an input field.</summary>
public sealed class InputValueDescriptor
{
    internal InputValueDescriptor(InputValueConfig config)
    {
        Config = config;
    }

    internal InputValueConfig Config { get; }

    /// <summary>The GraphQL type, e.g. <c>"[ID!]!"</c>.</summary>
    public InputValueDescriptor Type(string typeReference)
    {
        Config.Type = TypeReference.Parse(typeReference);
        return this;
    }

    public InputValueDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>
    /// The default, as an external value (what a JSON variable would hold: numbers, strings, enum names or
    /// .NET enum members, dictionaries for input objects, lists).
    /// </summary>
    public InputValueDescriptor DefaultValue(object? value)
    {
        Config.HasDefaultValue = true;
        Config.DefaultValue = value;
        Config.DefaultLiteral = null;
        return this;
    }

    public InputValueDescriptor Deprecated(string? reason = null)
    {
        DirectiveNodes.SetDeprecated(Config.Directives, reason);
        return this;
    }

    public InputValueDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }

    public InputValueDescriptor Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return this;
    }
}
