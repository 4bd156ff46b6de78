namespace CareerPaths.GraphQL.Types;

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveDescriptor
{
    internal DirectiveDescriptor(DirectiveConfig config)
    {
        Config = config;
    }

    internal DirectiveConfig Config { get; }

    public DirectiveDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    public DirectiveDescriptor Locations(params DirectiveLocation[] locations)
    {
        Config.Locations.AddRange(locations.Select(DirectiveLocationNames.ToName));
        return this;
    }

    public DirectiveDescriptor Repeatable(bool repeatable = true)
    {
        Config.IsRepeatable = repeatable;
        return this;
    }

    public DirectiveDescriptor Argument(string name, string type, string? description = null)
    {
        var argument = new InputValueConfig(name);
        Config.Arguments.Add(argument);
        new InputValueDescriptor(argument).Type(type).Description(description);
        return this;
    }

    public DirectiveDescriptor Argument(string name, Action<InputValueDescriptor> configure)
    {
        var argument = new InputValueConfig(name);
        Config.Arguments.Add(argument);
        configure(new InputValueDescriptor(argument));
        return this;
    }
}
