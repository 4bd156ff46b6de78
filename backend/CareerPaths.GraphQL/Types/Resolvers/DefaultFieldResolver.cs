using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// The resolver of a field that was given none (graphql-js <c>defaultFieldResolver</c>): the property of the
/// field's name on the parent value — a JSON object property, a dictionary key, or a .NET property (exact
/// name, else case-insensitive) read through a getter compiled once per .NET type. Missing means null.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>A resolver reading <paramref name="propertyName"/> from the parent value.</summary>
    public static FieldResolver For(string propertyName) => FieldResolver.Default(source => Read(source, propertyName));

    public static object? Read(object? source, string propertyName)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement json:
                return json.ValueKind == JsonValueKind.Object
                    && json.TryGetProperty(propertyName, out var property)
                    && property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    ? property
                    : null;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(propertyName, out var value) && value is not Undefined ? value : null;
            case IDictionary<string, object?> mutable:
                return mutable.TryGetValue(propertyName, out var mutableValue) && mutableValue is not Undefined ? mutableValue : null;
        }

        var getter = Getters.GetOrAdd((source.GetType(), propertyName), static key => CompileGetter(key.Type, key.Name));
        return getter?.Invoke(source);
    }

    /// <summary>A compiled getter for a public instance property or field, or null when there is none.</summary>
    internal static Func<object, object?>? CompileGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
        member ??= type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0);
        member ??= type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is null || (member is PropertyInfo p && (p.GetMethod is null || p.GetIndexParameters().Length > 0)))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
