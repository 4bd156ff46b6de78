using System.Linq.Expressions;

namespace CareerPaths.GraphQL.Types;

/// <summary>Configures an input object type whose coerced values become <typeparamref name="TInput"/>.</summary>
public sealed class InputObjectTypeDescriptor<TInput>
{
    internal InputObjectTypeDescriptor(TypeConfig config)
    {
        Config = config;
    }

    internal TypeConfig Config { get; }

    public InputObjectTypeDescriptor<TInput> Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Exactly one field must be given, and not null (<c>@oneOf</c>).</summary>
    public InputObjectTypeDescriptor<TInput> OneOf()
    {
        if (!Config.Directives.Exists(d => d.Name.Value == "oneOf"))
        {
            Config.Directives.Add(DirectiveNodes.Create("oneOf"));
        }

        return this;
    }

    /// <summary>A field of the given GraphQL type.</summary>
    public InputValueDescriptor Field(string name, string type) =>
        new InputValueDescriptor(Config.GetOrAddInputField(name)).Type(type);

    /// <summary>A field for a property of the bound type, named in camelCase, its type inferred unless set.</summary>
    public InputValueDescriptor Field<TValue>(Expression<Func<TInput, TValue>> property)
    {
        var member = property.Body is MemberExpression access
            ? access.Member
            : throw new ArgumentException("Expected a property access such as x => x.Name.", nameof(property));
        var field = Config.GetOrAddInputField(NameConventions.ToCamelCase(member.Name));
        field.TypeHint = ClrTypes.Hint(property);
        return new InputValueDescriptor(field);
    }

    public InputObjectTypeDescriptor<TInput> Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return this;
    }

    public InputObjectTypeDescriptor<TInput> Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return this;
    }
}
