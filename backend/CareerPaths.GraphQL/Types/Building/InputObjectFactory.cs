using System.Linq.Expressions;
using System.Reflection;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Turns the coerced field values of an input object into the bound .NET type: a constructor call compiled
/// once (parameters matched to fields by name, absent ones take the parameter default), then the settable
/// properties matched to the remaining fields that were given.
/// </summary>
internal static class InputObjectFactory
{
    private static readonly MethodInfo ReadMethod = typeof(InputObjectFactory).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Declares one field per constructor parameter (or settable property), with inferred types.</summary>
    public static void AddInferredFields(TypeConfig config)
    {
        var type = config.RuntimeType!;
        var constructor = PickConstructor(type);
        if (constructor is not null && constructor.GetParameters().Length > 0)
        {
            foreach (var parameter in constructor.GetParameters())
            {
                config.GetOrAddInputField(NameConventions.ToCamelCase(parameter.Name!)).TypeHint = ClrTypes.Hint(parameter);
            }

            return;
        }

        var context = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            config.GetOrAddInputField(NameConventions.ToCamelCase(property.Name)).TypeHint =
                new ClrTypeHint(property.PropertyType, context.Create(property));
        }
    }

    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(Type type, IReadOnlyList<InputValueDefinition> fields)
    {
        var constructor = PickConstructor(type)
            ?? throw new InvalidOperationException($"{type.Name} needs a public constructor to be bound to an input object type.");
        var values = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "values");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var arguments = new List<Expression>();
        foreach (var parameter in constructor.GetParameters())
        {
            var field = fields.FirstOrDefault(f => string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            var fallback = parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
            if (field is null)
            {
                arguments.Add(Expression.Constant(fallback, parameter.ParameterType));
                continue;
            }

            used.Add(field.Name);
            arguments.Add(ReadExpression(values, field.Name, parameter.ParameterType, fallback));
        }

        var create = Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(
            Expression.Convert(Expression.New(constructor, arguments), typeof(object)), values).Compile();

        var setters = new List<(string Name, Action<object, object?> Set, Func<object?, object?> Convert)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = fields.FirstOrDefault(f => !used.Contains(f.Name) && string.Equals(f.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (field is null || property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var target = Expression.Parameter(typeof(object), "target");
            var value = Expression.Parameter(typeof(object), "value");
            var assign = Expression.Assign(
                Expression.Property(Expression.Convert(target, type), property),
                Expression.Convert(value, property.PropertyType));
            setters.Add((field.Name, Expression.Lambda<Action<object, object?>>(assign, target, value).Compile(), ValueConverter.GetConverter(property.PropertyType)));
        }

        if (setters.Count == 0)
        {
            return create;
        }

        var setterArray = setters.ToArray();
        return values1 =>
        {
            var instance = create(values1);
            foreach (var (name, set, convert) in setterArray)
            {
                if (values1.TryGetValue(name, out var value))
                {
                    set(instance, convert(value));
                }
            }

            return instance;
        };
    }

    private static Expression ReadExpression(ParameterExpression values, string name, Type target, object? fallback) =>
        Expression.Convert(
            Expression.Call(
                ReadMethod,
                values,
                Expression.Constant(name),
                Expression.Constant(ValueConverter.GetConverter(target)),
                Expression.Constant(fallback, typeof(object))),
            target);

    private static object? Read(IReadOnlyDictionary<string, object?> values, string name, Func<object?, object?> convert, object? fallback) =>
        values.TryGetValue(name, out var value) ? convert(value) : fallback;

    private static ConstructorInfo? PickConstructor(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
}
