using System.Linq.Expressions;
using System.Reflection;

namespace CareerPaths.GraphQL.Types;

/// <summary>What objects and interfaces share: fields, interfaces, description, directives, metadata.</summary>
public abstract class ComplexTypeDescriptor<TSource, TSelf>
    where TSelf : ComplexTypeDescriptor<TSource, TSelf>
{
    private protected ComplexTypeDescriptor(TypeConfig config)
    {
        Config = config;
    }

    internal TypeConfig Config { get; }

    public TSelf Description(string? description)
    {
        Config.Description = description;
        return (TSelf)this;
    }

    public TSelf Implements(params string[] interfaces)
    {
        foreach (var name in interfaces)
        {
            if (!Config.Interfaces.Exists(i => i.Name.Value == name))
            {
                Config.Interfaces.Add(TypeReference.Named(name));
            }
        }

        return (TSelf)this;
    }

    /// <summary>A field by name; give it a type and a resolver (or it reads the property of that name).</summary>
    public FieldDescriptor<TSource> Field(string name) => new(Config.GetOrAddField(name));

    /// <summary>
    /// A field computed from the parent value only (compiled once); its type is inferred from the expression
    /// (with nullable reference annotations when it reads a property) unless set with <c>Type(…)</c>.
    /// </summary>
    public FieldDescriptor<TSource> Field<TResult>(string name, Expression<Func<TSource, TResult>> resolve)
    {
        var field = Config.GetOrAddField(name);
        var compiled = resolve.Compile();
        field.Resolver = FieldResolver.FromSource(source => compiled((TSource)source!));
        field.TypeHint = ClrTypes.Hint(resolve);
        return new FieldDescriptor<TSource>(field);
    }

    /// <summary>A field reading a property; the name is the property's in camelCase.</summary>
    public FieldDescriptor<TSource> Field<TResult>(Expression<Func<TSource, TResult>> property)
    {
        var member = (resolveMember(property.Body) ?? throw new ArgumentException(
            "Expected a property access such as r => r.Name; use Field(name, expression) otherwise.", nameof(property))).Name;
        return Field(NameConventions.ToCamelCase(member), property);

        static MemberInfo? resolveMember(Expression body) => body switch
        {
            MemberExpression member => member.Member,
            UnaryExpression { NodeType: ExpressionType.Convert } convert => resolveMember(convert.Operand),
            _ => null,
        };
    }

    public TSelf Authorize(params string[] policies)
    {
        Config.Policies.AddRange(policies);
        return (TSelf)this;
    }

    public TSelf Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Config.Directives.Add(DirectiveNodes.Create(name, arguments));
        return (TSelf)this;
    }

    public TSelf Metadata(string key, object? value)
    {
        Config.Metadata[key] = value;
        return (TSelf)this;
    }
}

/// <summary>Configures an object type whose values are <typeparamref name="TSource"/>.</summary>
public sealed class ObjectTypeDescriptor<TSource> : ComplexTypeDescriptor<TSource, ObjectTypeDescriptor<TSource>>
{
    internal ObjectTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Decides whether a value of an abstract type is of this type (when no type resolver decides).</summary>
    public ObjectTypeDescriptor<TSource> IsTypeOf(Func<object?, IResolverContext, bool> isTypeOf)
    {
        Config.IsTypeOf = isTypeOf;
        return this;
    }
}

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeDescriptor : ComplexTypeDescriptor<object, InterfaceTypeDescriptor>
{
    internal InterfaceTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Picks the concrete type of a value by name (null: undecided).</summary>
    public InterfaceTypeDescriptor ResolveType(Func<object?, IResolverContext, string?> resolveType)
    {
        Config.ResolveType = resolveType;
        return this;
    }
}
